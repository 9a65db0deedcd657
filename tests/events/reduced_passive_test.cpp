// A participle followed at once by "by X" is a passive even without its "be".
#include <gtest/gtest.h>

#include <string>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(ReducedPassive, ByAgentAfterAParticipleIsTheSource) {
    // Iraq did the killing: the soldiers are its target, not its source.
    EXPECT_EQ(triples(pipeline().code("Turkey mourned three Syrian soldiers killed by Iraqi forces.")),
              std::vector<std::string>{"IRQMIL 1823 SYRMIL"});
}

TEST(ReducedPassive, ParticipleAfterAThingWithALaterByAgentIsPassive) {
    // The rockets were fired by the rebels at the Turkish troops; the Iraqi
    // troops only found them.
    EXPECT_EQ(triples(pipeline().code("Iraqi troops found rockets fired at Turkish troops by Syrian rebels.")),
              std::vector<std::string>{"SYRREB 190 TURMIL"});
}

TEST(ReducedPassive, FiniteVerbAfterAThingWithoutByIsActive) {
    EXPECT_EQ(triples(pipeline().code("Iraqi troops fired rockets at Turkish troops.")),
              std::vector<std::string>{"IRQMIL 190 TURMIL"});
}

TEST(ReducedPassive, ActiveVerbWithoutByKeepsItsSubject) {
    EXPECT_EQ(triples(pipeline().code("Iraqi forces killed three Syrian soldiers.")),
              std::vector<std::string>{"IRQMIL 1823 SYRMIL"});
}

}  // namespace
}  // namespace sitrep
