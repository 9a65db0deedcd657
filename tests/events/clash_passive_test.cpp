// An agentless passive of violence "in a clash with X" or "in an X airstrike": X
// is the side that did it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(ClashPassive, WithPhraseOfAClashIsTheSource) {
    EXPECT_EQ(triples(pipeline().code("Three Syrian soldiers were killed in a clash with Iraqi forces.")),
              std::vector<std::string>{"IRQMIL 1823 SYRMIL"});
}

TEST(ClashPassive, ModifiersAndPluralClashNounsAreAllowed) {
    EXPECT_EQ(triples(pipeline().code("Two Turkish soldiers were killed in fierce fighting with Syrian troops.")),
              std::vector<std::string>{"SYRMIL 1823 TURMIL"});
    EXPECT_EQ(triples(pipeline().code("Four Iranian villagers were killed in a violent face-off with Iraqi troops.")),
              std::vector<std::string>{"IRQMIL 1823 IRNCVL"});
}

TEST(ClashPassive, WithPhraseOfAnyOtherNounNamesNoSide) {
    // "along with" and a place are no encounter: no side did the killing.
    EXPECT_TRUE(triples(pipeline().code("Three Syrian soldiers were killed along with two Iraqi soldiers.")).empty());
    EXPECT_TRUE(
        triples(pipeline().code("Three Syrian soldiers were killed in a village with Iraqi troops nearby.")).empty());
}

TEST(ClashPassive, ActorModifyingTheEventNounOfTheInPhraseIsTheSource) {
    EXPECT_EQ(triples(pipeline().code("Three Syrian soldiers were killed in a Turkish airstrike.")),
              std::vector<std::string>{"TUR 1823 SYRMIL"});
    EXPECT_EQ(triples(pipeline().code("Two Iraqi villagers were killed during an Iranian border clash.")),
              std::vector<std::string>{"IRN 1823 IRQCVL"});
}

TEST(ClashPassive, ActorModifyingAnyOtherNounIsWhereNotWho) {
    EXPECT_TRUE(triples(pipeline().code("Three Syrian soldiers were killed in a Turkish village.")).empty());
}

TEST(ClashPassive, SubjectOfAViolentWhenClauseIsTheSource) {
    EXPECT_EQ(triples(pipeline().code("Two Syrian soldiers were killed when Turkish troops attacked the village.")),
              std::vector<std::string>{"TURMIL 1823 SYRMIL"});
}

TEST(ClashPassive, SubjectOfAPeacefulWhenClauseDidNotDoIt) {
    EXPECT_EQ(triples(pipeline().code("Two Syrian soldiers were killed when Turkish troops met Iraqi officials.")),
              std::vector<std::string>{"TURMIL 040 IRQGOV"});
}

TEST(ClashPassive, ByAgentStillWins) {
    EXPECT_EQ(
        triples(pipeline().code("Three Syrian soldiers were killed by Turkish troops in a clash with Iraqi forces.")),
        std::vector<std::string>{"TURMIL 1823 SYRMIL"});
}

}  // namespace
}  // namespace sitrep
