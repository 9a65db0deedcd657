// The "actor-countries" stage: gives a country to the agents the actor stage found
// without one ("police", "protesters", "the court", "Secretary of State Warren
// Christopher") the way human coders do, and takes bare country names that only say
// where something happened ("in Iraq and Syria") out of the participants.
//
// Evidence, strongest first; the first kind that has any decides, and evidence that
// points at two countries gives none:
//   adjective   a country just before the agent in its noun phrase: "Iraqi riot police"
//   possessive  the same with 's: "Kenya's anti-riot police"
//   previous    "the country's Congress", "its army": the country named last before it
//   place       the one country of the places of the sentence: "police ... in Nairobi"
//   dateline    the dateline's place: "WASHINGTON -- Secretary of State Warren Christopher"
//   story       the country the story is about, when one clearly dominates its mentions
// Civilians, refugees and aid agencies take a country only from the first four: from
// the sentence, never from the dateline or the story.
// The source is written to ActorMention::country_from and on to the event records.
//
// Runs after the context detectors (it needs doc.places, doc.chunks and doc.dateline)
// and before the event stage.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/stage.hpp"

namespace sitrep {

struct ActorCountryResources {
    // The ISO 3166 alpha-3 country of a place name ("BAGHDAD" -> "IRQ"); "" when unknown.
    std::function<std::string(std::string_view)> place_country;
    // Whether a three-letter actor code is a country ("IRQ"), not an organisation or
    // a region ("IGO", "IMG", "AFR").
    std::function<bool(std::string_view)> is_country;
};

class ActorCountryStage : public Stage {
public:
    explicit ActorCountryStage(ActorCountryResources resources) : res_(std::move(resources)) {}
    std::string_view name() const override { return "actor-countries"; }
    void run(Document& doc) const override;

private:
    ActorCountryResources res_;
};

}  // namespace sitrep
