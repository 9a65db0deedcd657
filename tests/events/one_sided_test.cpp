// One-sided events (a source, no target), as PETRARCH-1 and GDELT code them,
// and the cases where a missing target means a missing party, not no party.
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::dyadic_pipeline;
using testing::pipeline;
using testing::triples;

using Triples = std::vector<std::string>;

TEST(OneSidedEvents, ObjectNamingAnIssueGivesAnEventWithoutTarget) {
    EXPECT_EQ(triples(pipeline().code("Iran denied the charges on Tuesday.")), Triples{"IRN 016 -"});
    EXPECT_EQ(triples(pipeline().code("Syria criticized the decision.")), Triples{"SYR 111 -"});
}

TEST(OneSidedEvents, ObjectThatIsAnEventNounCounts) {
    // "airstrike" is an event noun of the test dictionary.
    EXPECT_EQ(triples(pipeline().code("Turkey criticized the airstrike.")), Triples{"TUR 111 -"});
}

TEST(OneSidedEvents, VerbWithoutObjectGivesAnEventWithoutTarget) {
    EXPECT_EQ(triples(pipeline().code("Iranian civilians rallied in the square.")), Triples{"IRNCVL 141 -"});
}

TEST(OneSidedEvents, RequireDyadDropsThem) {
    EXPECT_TRUE(dyadic_pipeline().code("Iran denied the charges on Tuesday.").events.empty());
    EXPECT_TRUE(dyadic_pipeline().code("Iranian civilians rallied in the square.").events.empty());
    // Two-sided events are unaffected.
    EXPECT_EQ(triples(dyadic_pipeline().code("Iran criticized Iraq.")), Triples{"IRN 111 IRQ"});
}

TEST(OneSidedEvents, ObjectThatMayBeAPartyIsNoOneSidedEvent) {
    // "two men" are someone the dictionaries do not know, not no one.
    EXPECT_TRUE(pipeline().code("Iran criticized two men.").events.empty());
}

TEST(OneSidedEvents, BareStatementIsNoOneSidedEvent) {
    EXPECT_TRUE(pipeline().code("Iran said the weather was fine.").events.empty());
}

TEST(OneSidedEvents, InfinitiveAndParticipleAreNoOneSidedEvents) {
    // A purpose is no fact; a participle borrows a subject it cannot confirm.
    EXPECT_TRUE(pipeline().code("Iran wants to criticize the decision.").events.empty());
    EXPECT_TRUE(pipeline().code("Iran spoke for an hour, denying the charges.").events.empty());
}

TEST(OneSidedEvents, SourceMustBeTheVerbsOwnSubject) {
    // Another verb between the actor and this one: the actor is that verb's subject.
    EXPECT_TRUE(pipeline().code("The group which Iranian officials say denied the charges was banned.").events.empty());
    EXPECT_TRUE(pipeline().code("A group Iranian officials named denied the charges.").events.empty());
}

TEST(OneSidedEvents, AConjoinedVerbSharesTheSubjectOfTheVerbBeforeIt) {
    // "and denied the charges" has no subject of its own: Turkey's, by the grammar.
    EXPECT_EQ(triples(pipeline().code("Turkey criticized the airstrike and denied the charges.")),
              (Triples{"TUR 111 -", "TUR 016 -"}));
}

TEST(OneSidedEvents, ASubjectRelativeSharesItsAntecedent) {
    // Through the built-in engine (its tagger reads "which denied" as a relative and its verb).
    EXPECT_TRUE(testing::codes_triple("The loudest critic was Norway, which rejected the proposal.", Date{2024, 1, 27},
                                      "NOR", "12", ""));
}

TEST(OneSidedEvents, AnEventNounAnywhereInTheObjectNamesTheAct) {
    // The object phrase's head is "Sunday", but "airstrikes" says what was criticised.
    EXPECT_EQ(triples(pipeline().code("Turkey criticized two airstrikes Sunday.")), Triples{"TUR 111 -"});
}

TEST(OneSidedEvents, AnOtherSideThatIsTheSourceItselfLeavesTheEventOneSided) {
    // The only actor after the verb is the source's own: no target, but the denial happened.
    EXPECT_EQ(triples(pipeline().code("Iran denied the charges against Iran.")), Triples{"IRN 016 -"});
    // Where a one-sided event is not allowed (an unknown party may be the object), still nothing.
    EXPECT_TRUE(pipeline().code("Iran criticized two men from Iran.").events.empty());
}

TEST(OneSidedEvents, NegatedOrHypotheticalVerbGivesNoOneSidedEvent) {
    EXPECT_TRUE(pipeline().code("Iran did not deny the charges.").events.empty());
    EXPECT_TRUE(pipeline().code("Iran could deny the charges.").events.empty());
}

TEST(OneSidedEvents, NoSourceNoEvent) {
    EXPECT_TRUE(pipeline().code("The charges were denied.").events.empty());
}

TEST(OneSidedEvents, ViolenceWithoutAVictimIsNoEvent) {
    // An attack always has a victim; when none is found the rules missed it.
    EXPECT_TRUE(pipeline().code("Iranian soldiers attacked in the night.").events.empty());
    const std::string why = testing::explanation(pipeline(), "Iranian soldiers attacked in the night.");
    EXPECT_NE(why.find("violence needs a target"), std::string::npos) << why;
}

}  // namespace
}  // namespace sitrep
