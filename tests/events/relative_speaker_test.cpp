// "which officials said have killed": the speaker of a report inside a relative
// clause is not the agent of the verb it reports.
#include <gtest/gtest.h>

#include <string>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(RelativeSpeaker, SpeakerOfAReportInsideARelativeIsNoAgent) {
    const auto events =
        triples(pipeline().code("Iraq shelled the border, which Iranian officials said killed Turkish soldiers."));
    for (const auto& t : events) EXPECT_NE(t, "IRNGOV 1823 TURMIL");
    EXPECT_FALSE(events.empty());  // the shelling and the statement are still coded
}

TEST(RelativeSpeaker, ASubjectAfterTheReportingVerbStillActs) {
    // "said" with its own subject after it: that subject is the agent.
    EXPECT_EQ(triples(pipeline().code("Iranian officials said Iraq killed Turkish soldiers.")),
              std::vector<std::string>{"IRQ 1823 TURMIL"});
}

}  // namespace
}  // namespace sitrep
