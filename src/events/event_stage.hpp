// The "events" stage: codes each clause of each sentence into CAMEO events.
// For every verb (or event noun) of the compiled verb dictionary found in a
// sentence it tries the verb's patterns, most specific first, and falls back
// to the verb's default code; then it assigns source and target actors
// (subject / object, passive swap, compound actors, nominal modifiers), sets
// negation, modality and attribution of reported speech, and fills the
// remaining Event fields from the CAMEO table.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "core/stage.hpp"
#include "events/cameo_internal_codes.hpp"
#include "events/cameo_table.hpp"
#include "events/discards.hpp"
#include "events/verb_dictionary.hpp"
#include "syntax/lexicon.hpp"

namespace sitrep {

struct EventCoderResources {
    std::shared_ptr<const VerbDictionary> verbs;
    std::shared_ptr<const Lexicon> lexicon;
    // Goldstein weight, quad class and PLOVER category of each code; may be
    // null, and codes it lacks keep those fields zero.
    std::shared_ptr<const CameoTable> cameo;
    // Phrases that stop a sentence (or the whole story) from being coded; may be null.
    std::shared_ptr<const DiscardList> discards;
    // PETRARCH's require_dyad: keep only events with both a source and a target.
    // Off, a verb with a real source and no target may give a one-sided event
    // ("Iran condemned the attack"), as PETRARCH-1 and GDELT code them.
    bool require_dyad = false;
    // PETRARCH-2's internal code ontology, when the dictionaries include one; may
    // be null. With it a negated verb takes the code of its negated meaning
    // (internal value minus 0xFFFF: "did not clash" 110 -> 050), as PETRARCH-2 does.
    std::shared_ptr<const InternalCodeOntology> internal_codes;
    // The built-in dictionaries' convention: a refused cooperative act ("would not
    // withdraw", "were not negotiating") is a rejection of its kind (12) where the
    // ontology names no negation. Off for user dictionaries alone (--no-builtin):
    // PETRARCH-1 and TABARI code the plain verb, marked negated.
    bool refusal_codes = false;
};

class EventExplainer;

class EventStage : public Stage {
public:
    explicit EventStage(EventCoderResources resources) : res_(std::move(resources)) {}
    static constexpr StageContract kContract{
        "events",
        /*reads*/
        {Layer::tokens, Layer::sentences, Layer::tags, Layer::chunks, Layer::clauses, Layer::actors, Layer::places},
        /*writes*/ {Layer::events}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    void code_sentence(Document& doc, uint32_t sentence, EventExplainer& explain) const;
    EventCoderResources res_;
};

}  // namespace sitrep
