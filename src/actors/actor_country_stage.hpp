// The "actor-countries" stage: gives a country to the agents the actor stage found
// without one ("police", "protesters", "the court", "Secretary of State Warren
// Christopher") the way human coders do, and takes bare country names that only say
// where an actor is ("militants in Iraq and Syria") out of the participants.
//
// Evidence, strongest first; the first kind that has any decides, and evidence that
// points at two countries gives none:
//   adjective   a country in the agent's own noun phrase: "Kenyan elite police",
//               "officials from both the Kenyan army and the Kenyan police"
//   possessive  a country with 's before it: "Kenya's elite police"
//   previous    "the country's Congress", "its army", "his government": the country of
//               the actor or place named last before it
//   apposition  a named person in apposition: "the foreign minister, Jane Doe, said"
//   place       the one country of the places of the sentence: "police ... in Nairobi",
//               leaving out places inside reported speech the agent is not part of
//               ("the minister said the vote in Fiji was a setback")
//   dateline    the dateline's place: "WASHINGTON -- Secretary of State Warren Christopher"
//   story       the country the story is about: the only one it names, or one with at
//               least two mentions and twice as many as any other
// Civilians, refugees and aid agencies take a country only from the first five: from
// the sentence, never from the dateline or the story.
// The source is written to ActorMention::country_from and on to the event records.
//
// Runs after the context detectors (it needs doc.places, the part of speech and doc.dateline)
// and before the event stage.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/stage.hpp"

namespace sitrep {

struct ActorCountryResources {
    // Whether a three-letter actor code is a country ("IRQ"), not an organisation or
    // a region ("IGO", "IMG", "AFR").
    std::function<bool(std::string_view)> is_country;
};

class ActorCountryStage : public Stage {
public:
    explicit ActorCountryStage(ActorCountryResources resources) : res_(std::move(resources)) {}
    static constexpr StageContract kContract{
        "actor-countries",
        /*reads*/
        {Layer::dateline, Layer::tokens, Layer::sentences, Layer::tags, Layer::actors, Layer::places, Layer::quotes},
        /*writes*/ {Layer::actors}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    ActorCountryResources res_;
};

}  // namespace sitrep
