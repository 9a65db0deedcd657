// Builds the engine up to events from dictionaries written in the tests, so each
// coder rule can be exercised alone (tests/support/pipeline.hpp: engine_with).
// triples() is in ../support/pipeline.hpp. The dictionaries keep the not-actor
// entries the built-in ones rely on: a currency ("US dollars" names no American
// party, as in data/actors/currencies.actors). The engine's tagger reads "worth"
// as a preposition, so the coder's rule that an actor past the object names no
// counterpart (past_object) does not reach inside "worth 400 million US dollars".
#pragma once
#include <memory>
#include <string>

#include "../support/pipeline.hpp"
#include "engine/engine.hpp"

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
[US dollar]
names: US dollar | US dollars
code: ---
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
noun warning (warnings) = 130
verb fire (fires, fired, firing) = 190
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
verb declare (declares, declared, declaring) = 010
  190: * war on TARGET
verb launch (launches, launched, launching) = ---
  190: * offensive against TARGET
)";

// The engine up to events over the dictionaries above (no built-in dictionaries,
// gazetteer or date words; the grammar, the tagger's model and the CAMEO table are
// the built-in ones), built through Engine::load like every pipeline.
struct MiniPipeline {
    std::unique_ptr<Engine> engine;
    Diagnostics diagnostics;

    // `internal_codes`: a PETRARCH-2 internal-code ontology ("050:0x0080" rows).
    // `petrarch_verbs`: an extra verb file in PETRARCH's format, for rules of that syntax.
    // `require_dyad`: no one-sided events.
    explicit MiniPipeline(const char* internal_codes = nullptr, std::string_view petrarch_verbs = {},
                          bool require_dyad = false) {
        EngineOptions options;
        options.use_builtin = false;
        options.until = Layer::events;
        options.require_dyad = require_dyad;
        options.dictionary_texts = {{"test.actors", std::string(kTestActors)},
                                    {"test.agents", std::string(kTestAgents)},
                                    {"test.verbs", std::string(kTestVerbs)}};
        if (!petrarch_verbs.empty())
            options.dictionary_texts.push_back({"test.petrarch.txt", std::string(petrarch_verbs)});
        if (internal_codes) options.dictionary_texts.push_back({"test.ontology", internal_codes});
        engine = engine_with(options, diagnostics);
    }

    Document code(const std::string& sentence, bool explain = false) const {
        return coded_with(*engine, sentence, Date{2024, 1, 27}, explain);
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
