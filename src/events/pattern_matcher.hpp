// Matches one verb pattern around a verb occurrence, PETRARCH style: the
// elements after the verb are found in order to the right of it, the
// elements before it in reverse order to the left, within the verb's clause;
// a few unmatched words may lie between elements unless an element is marked
// adjacent. SOURCE / TARGET slots bind to actor mentions.
#pragma once
#include <cstdint>

#include "events/sentence_view.hpp"
#include "events/verb_dictionary.hpp"

namespace sitrep {

struct PatternMatch {
    int32_t source = -1;    // index into doc.actors bound by SOURCE (or a compound slot)
    int32_t target = -1;    // index into doc.actors bound by TARGET
    bool compound = false;  // a `%` slot matched: the conjoined actors act on each other
    uint32_t end = 0;       // one past the last token the elements after the verb used
};

struct VerbOccurrence {
    uint32_t first = 0;    // first token of the verb form (all its words)
    uint32_t last = 0;     // one past its last token
    TokenRange window;     // tokens the pattern may use (the clause, possibly widened)
    int32_t subject = -1;  // the clause's subject actor: what a leading slot binds to
};

// True when `pattern` matches around `verb`; fills `match`.
bool match_pattern(const VerbPattern& pattern, const VerbDictionary& verbs, const SentenceView& view,
                   const VerbOccurrence& verb, PatternMatch& match);

}  // namespace sitrep
