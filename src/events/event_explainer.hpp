// The event coder's `--explain` output in one place: what it tried for each
// predicate, which rule gave the code, and why a coded verb produced no event.
// Every method is a no-op (and formats nothing) unless the document asked for
// explanations, so the coder calls them unconditionally.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "events/verb_dictionary.hpp"

namespace sitrep {

class SentenceView;

// Why a predicate that the dictionary knows gave no event: what a user would
// have to add (or change) in a dictionary to get one.
enum class NoEventReason : uint8_t {
    no_code,         // no pattern matched and the verb has no default code
    null_code,       // the rule that decided names no event ("---")
    yields,          // "plans to visit": the verb after "to" carries the event
    spelled_out,     // an infinitive spelling out the previous coded verb
    inside_pattern,  // a noun already used by a pattern that fired
    no_source,       // no source actor found
    no_target,       // no target actor found, and no one-sided event allowed
    same_actor,      // source and target are the same actor or its own country
    intention,       // "the demand to explain": what a demand asked for, not an act
    wrong_party,     // the code does not fit the source's kind ("soldiers" do not protest)
};

class EventExplainer {
public:
    explicit EventExplainer(Document& doc) : doc_(&doc), out_(doc.explain ? &doc.explanation : nullptr) {}
    bool enabled() const { return out_ != nullptr; }

    void story_discarded(std::string_view why);
    void sentence_discarded(uint32_t sentence, std::string_view why);
    // The sentence and its chunks, before its predicates.
    void sentence(const SentenceView& view, uint32_t sentence);

    // `default_code`: the verb's own code, named when the pattern's differs.
    void pattern_matched(std::string_view verb, const VerbPattern& pattern, const EventCodePair* default_code);
    void pattern_failed(std::string_view verb, const VerbPattern& pattern);
    void default_code(std::string_view verb, const VerbEntry& entry);
    void force_moved(std::string_view verb, std::string_view force, std::string_view destination);
    // `detail` adds what the reason is about (a rule, an actor).
    void no_event(std::string_view verb, NoEventReason reason, std::string_view detail = {});
    void report_dropped(std::string_view verb);
    // A statement reporting the violence of its target, coded as an accusation.
    void accusation(std::string_view verb);
    // A statement that its target must act, coded as a demand.
    void demand(std::string_view verb);
    void event(const Event& e);

private:
    void line(std::initializer_list<std::string_view> parts);
    const Document* doc_;  // renders rules (Document::rule_text)
    std::vector<std::string>* out_;
};

// A short phrase for the reason, e.g. "no target actor".
std::string_view describe(NoEventReason reason);

}  // namespace sitrep
