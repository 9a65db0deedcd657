// What a demand asked for is no event: "ignored the demand to meet X".
#include <gtest/gtest.h>

#include <algorithm>

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

TEST(DemandInfinitive, ThatClauseOfAVerbOfDemandIsNoEvent) {
    // The appeal (to Iran) happened; the meeting it asked for did not.
    EXPECT_EQ(triples(pipeline().code("Turkey urged that Iran meet Iraq.")), std::vector<std::string>{"TUR 020 IRN"});
    // A "that" clause after a reporting verb is still a fact reported.
    EXPECT_EQ(triples(pipeline().code("Turkey said that Iran met Iraq.")), std::vector<std::string>{"IRN 040 IRQ"});
}

TEST(DemandInfinitive, AStatementThatItsTargetMustActIsADemand) {
    // "said that Iran must meet Iraq": Turkey demands it of Iran (100); the meeting
    // itself is only hypothetical.
    const Document doc = pipeline().code("Turkey said that Iran must meet Iraq.");
    const auto events = triples(doc);
    EXPECT_NE(std::find(events.begin(), events.end(), "TUR 100 IRN"), events.end());
    for (const Event& e : doc.events)
        if (e.cameo == "040") EXPECT_EQ(e.modality, Modality::hypothetical);
    // "may" is no obligation: the statement stays a statement (dropped for the meeting).
    for (const auto& t : triples(pipeline().code("Turkey said that Iran may meet Iraq."))) EXPECT_NE(t, "TUR 100 IRN");
}

TEST(DemandInfinitive, OtherInfinitivesAreStillCoded) {
    // A purpose carried out, after a noun that is no demand, keeps its event.
    EXPECT_EQ(triples(pipeline().code("Iran sent a delegation to meet Iraq.")),
              std::vector<std::string>{"IRN 040 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Iran met Iraq.")), std::vector<std::string>{"IRN 040 IRQ"});
}

}  // namespace
}  // namespace sitrep
