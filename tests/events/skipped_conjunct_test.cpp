// An actor joined by "and" to one the target rules pass over ("the future of
// X") is in the same phrase and passed over too.
#include <gtest/gtest.h>

#include <string>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(SkippedConjunct, ConjunctOfAnOfPhraseIsNoTarget) {
    // Neither Iraq nor Syria is criticized: the criticism is of a debate.
    for (const auto& t : triples(pipeline().code("Iran criticized the debate on the future of Iraq and Syria.")))
        EXPECT_EQ(t.find("SYR"), std::string::npos) << t;
}

TEST(SkippedConjunct, ConjoinedObjectsAreStillTargets) {
    EXPECT_EQ(triples(pipeline().code("Iran criticized Iraq and Syria.")),
              (std::vector<std::string>{"IRN 111 IRQ", "IRN 111 SYR"}));
}

}  // namespace
}  // namespace sitrep
