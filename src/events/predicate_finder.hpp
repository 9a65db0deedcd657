// Finds the event-carrying words of a sentence: occurrences of the verb
// dictionary's verbs (tagged as verbs) and event nouns (tagged as nouns),
// including multi-word forms ("carried out"), longest form first.
#pragma once
#include <cstdint>
#include <vector>

#include "events/sentence_view.hpp"
#include "events/verb_dictionary.hpp"

namespace sitrep {

struct Predicate {
    uint32_t entry = 0;  // index into VerbDictionary::entries()
    uint32_t form = 0;   // index into VerbEntry::forms
    uint32_t head = 0;   // token of the inflected head word
    uint32_t first = 0;  // first token of the form
    uint32_t last = 0;   // one past its last token
    bool noun = false;   // an event noun rather than a verb
};

std::vector<Predicate> find_predicates(const SentenceView& view, const VerbDictionary& verbs);

}  // namespace sitrep
