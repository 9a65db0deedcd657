// What a demand asked for is no event: "ignored the demand to meet X".
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(DemandInfinitive, VerbAfterANounOfDemandIsNoEvent) {
    // Nobody met anybody: the meeting is only what was demanded.
    EXPECT_TRUE(triples(pipeline().code("Iran ignored the demand to meet Iraq.")).empty());
    EXPECT_TRUE(triples(pipeline().code("Syria rejected repeated calls to criticize Iraq.")).empty());
}

TEST(DemandInfinitive, OtherInfinitivesAreStillCoded) {
    // A purpose carried out, after a noun that is no demand, keeps its event.
    EXPECT_EQ(triples(pipeline().code("Iran sent a delegation to meet Iraq.")),
              std::vector<std::string>{"IRN 040 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Iran met Iraq.")), std::vector<std::string>{"IRN 040 IRQ"});
}

}  // namespace
}  // namespace sitrep
