// Builds a small pipeline (real text, actor, syntax and event stages) from
// dictionaries written in the tests, so each coder rule can be exercised alone.
// It is wired by hand, not through Engine::load (tests/support/pipeline.hpp): the
// engine's pipeline tags with the packaged model and runs the context, actor-country
// and pronoun stages, and one test here (JointSubject.ActorPastTheObjectIsNoCounterpart)
// depends on the model's absence ("worth" is a preposition to the model). triples()
// is in ../support/pipeline.hpp.
#pragma once
#include <memory>
#include <string>

#include "actors/actor_dictionary.hpp"
#include "actors/actor_stage.hpp"
#include "../support/pipeline.hpp"
#include "engine/builtin_data.hpp"
#include "events/dictionary_verb_forms.hpp"
#include "events/event_stage.hpp"
#include "events/verb_native_parser.hpp"
#include "events/verb_petrarch_reader.hpp"
#include "syntax/syntax_stage.hpp"
#include "text/text_stage.hpp"

namespace sitrep::testing {

inline constexpr std::string_view kTestActors = R"(#! sitrep actors 1
[Iraq]
names: Iraq | Iraqi | Baghdad
code: IRQ
[Iran]
names: Iran | Iranian | Tehran
code: IRN
[United States]
names: United States | US | American | Washington
code: USA
[Syria]
names: Syria | Syrian
code: SYR
[Turkey]
names: Turkey | Turkish
code: TUR
)";

inline constexpr std::string_view kTestAgents = R"(#! sitrep agents 1
[military]
names: forces | troops | army | soldiers
code: MIL
[government]
names: government | officials | minister
code: GOV
[rebels]
names: rebels | militants | suicide bomber
code: REB
[gunmen]
names: gunmen
code: UAF
[civilians]
names: civilians | villagers
code: CVL
[protesters]
names: protesters
code: OPP
[parliament]
names: parliament
code: LEG
)";

inline constexpr std::string_view kTestVerbs = R"(#! sitrep verbs 1
&TALKS = talks | negotiations
verb attack = 190
verb kill (kills, killed, killing) = 1823
verb meet (meets, met, meeting) = 040
verb hold (holds, held, holding) = ---
  040: * &TALKS with TARGET
  040: * &TALKS
verb criticize = 111
verb accuse = 112
verb say (says, said, saying) = 010
verb visit = 042:043
verb threaten = 130
verb deploy (deploys, deployed, deploying) = 154
noun airstrike (airstrikes) = 195
verb celebrate (celebrates, celebrated, celebrating) = 017
  043: * eid at SKIP with TARGET
verb deny (denies, denied, denying) = 016
verb rally (rallies, rallied, rallying) = 141
verb urge (urges, urged, urging) = 020
verb sign (signs, signed, signing) = 057
verb bargain (bargains, bargained, bargaining) = 1031
  1032: * (for asylum)
  1033: * asylum
verb detain (detains, detained, detaining) = 173
verb declare martial law (declares martial law, declared martial law, declaring martial law) = 1724
verb harass (harasses, harassed, harassing) = 170
verb grab (grabs, grabbed, grabbing) = 171
  170: * power
verb surround (surrounds, surrounded, surrounding) = 191
  144: * TARGET
verb loot (loots, looted, looting) = 145
verb cordon off (cordons off, cordoned off, cordoning off) = 144
verb launch (launches, launched, launching) = ---
  190: * offensive against TARGET
)";

struct MiniPipeline {
    std::unique_ptr<TextStage> text;
    std::unique_ptr<ActorStage> actors;
    std::unique_ptr<SyntaxStage> syntax;
    std::unique_ptr<EventStage> events;
    Diagnostics diagnostics;

    // `petrarch_verbs`: an extra verb file in PETRARCH's format, for rules of that syntax.
    // `require_dyad`: no one-sided events.
    explicit MiniPipeline(std::shared_ptr<const InternalCodeOntology> internal_codes = nullptr,
                          std::string_view petrarch_verbs = {}, bool require_dyad = false) {
        std::vector<SourceFile> files;
        for (const auto& f : builtin_files())
            if (f.path.starts_with("data/text/")) files.push_back({f.path, f.content});
        text = std::make_unique<TextStage>(TextResources::defaults_from(files, diagnostics));
        ActorDictionaryBuilder actor_builder;
        actor_builder.load(kTestActors, "test.actors", diagnostics);
        actor_builder.load(kTestAgents, "test.agents", diagnostics);
        actors = std::make_unique<ActorStage>(actor_builder.compile());
        VerbDictionaryBuilder verb_builder;
        read_native_verbs(kTestVerbs, "test.verbs", verb_builder, diagnostics);
        if (!petrarch_verbs.empty()) read_petrarch_verbs(petrarch_verbs, "test.petrarch.txt", verb_builder, diagnostics);
        auto verbs = std::make_shared<VerbDictionary>(verb_builder.build(diagnostics));
        auto lexicon = std::make_shared<Lexicon>();
        lexicon->load_builtin(diagnostics);
        add_dictionary_verb_forms(*lexicon, *verbs);
        syntax = std::make_unique<SyntaxStage>(lexicon);
        EventCoderResources res;
        res.verbs = verbs;
        res.lexicon = lexicon;
        res.internal_codes = std::move(internal_codes);
        res.require_dyad = require_dyad;
        events = std::make_unique<EventStage>(res);
    }

    // The one place that runs the stages, in the engine's order.
    Document code(const std::string& sentence, bool explain = false) const {
        Document doc;
        doc.text = sentence;
        doc.meta.story_date = Date{2024, 1, 27};
        doc.explain = explain;
        text->run(doc);
        actors->run(doc);
        syntax->run(doc);
        events->run(doc);
        return doc;
    }
};

inline const MiniPipeline& pipeline() {
    static const MiniPipeline p;
    return p;
}

inline const MiniPipeline& dyadic_pipeline() {
    static const MiniPipeline p(nullptr, {}, true);
    return p;
}

// The --explain lines of coding `sentence`, one per line.
inline std::string explanation(const MiniPipeline& p, const std::string& sentence) {
    const Document doc = p.code(sentence, /*explain=*/true);
    std::string all;
    for (const auto& line : doc.explanation) all += line + "\n";
    return all;
}

}  // namespace sitrep::testing
