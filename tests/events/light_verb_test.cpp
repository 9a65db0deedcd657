// Light verbs ("issue", "make", "pay") take their subject as the agent of the
// event noun they govern, and "to X" after the noun names its target.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(LightVerb, SubjectOfALightVerbIsTheAgentOfItsEventNoun) {
    EXPECT_EQ(triples(pipeline().code("Iran issued a warning to Iraq on Sunday.")),
              std::vector<std::string>{"IRN 130 IRQ"});
    EXPECT_EQ(triples(pipeline().code("The Turkish government gave a stern warning to Syria.")),
              std::vector<std::string>{"TURGOV 130 SYR"});
}

TEST(LightVerb, InfinitiveToAfterAnEventNounNamesNoTarget) {
    // The airstrike was not aimed at the Iraqi troops it was meant to help.
    EXPECT_TRUE(triples(pipeline().code("Turkish forces launched an airstrike to protect Iraqi troops.")).empty());
}

}  // namespace
}  // namespace sitrep
