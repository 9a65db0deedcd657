// Targets inside "of" phrases: after nouns that the phrase identifies ("the town
// of X", "the people of X"), and after an event noun whose agent is a "by" phrase
// ("the shelling of X by Y").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(OfPhraseTarget, TownOfXIsX) {
    EXPECT_EQ(triples(pipeline().code("Turkish troops attacked the small border town of Baghdad.")),
              std::vector<std::string>{"TURMIL 190 IRQ"});
}

TEST(OfPhraseTarget, PeopleOfXIsX) {
    EXPECT_EQ(triples(pipeline().code("The Turkish government urged the people of Iraq to vote.")),
              std::vector<std::string>{"TURGOV 020 IRQ"});
}

TEST(OfPhraseTarget, OtherNounsStillHideTheirOfPhrase) {
    // The allies of Iraq are not Iraq: no target, and violence needs one.
    EXPECT_TRUE(triples(pipeline().code("Turkish troops attacked the allies of Iraq.")).empty());
}

TEST(OfPhraseTarget, EventNounWithAByAgentTakesTheOfPhraseAsTarget) {
    EXPECT_EQ(triples(pipeline().code("Iran criticized the airstrike of Syrian rebels by Turkish forces.")),
              (std::vector<std::string>{"IRN 111 TURMIL", "TURMIL 195 SYRREB"}));
}

}  // namespace
}  // namespace sitrep
