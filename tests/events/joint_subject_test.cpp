// Conjoined subjects: reciprocal events done to each other, joint acts not
// multiplied into every pair, and counterparts only from the right phrase.
#include <gtest/gtest.h>

#include <algorithm>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::dyadic_pipeline;
using testing::pipeline;
using testing::triples;

using Triples = std::vector<std::string>;

Triples sorted(Triples t) {
    std::sort(t.begin(), t.end());
    return t;
}

TEST(JointSubject, ReciprocalEventWithoutCounterpartGoesBothWays) {
    EXPECT_EQ(sorted(triples(pipeline().code("Iran and Iraq signed an agreement on Friday."))),
              (Triples{"IRN 057 IRQ", "IRQ 057 IRN"}));
}

TEST(JointSubject, JointAppealIsNotAnAppealOfEachToTheOther) {
    // Three governments asking for the same thing: no 6 appeals among them.
    EXPECT_EQ(sorted(triples(pipeline().code("Iran, Syria and Turkey urged a ceasefire."))),
              (Triples{"IRN 020 -", "SYR 020 -", "TUR 020 -"}));
    EXPECT_TRUE(dyadic_pipeline().code("Iran, Syria and Turkey urged a ceasefire.").events.empty());
}

TEST(JointSubject, JointAppealToSomeoneGoesToThatActor) {
    EXPECT_EQ(sorted(triples(pipeline().code("Iran and Syria urged Turkey to withdraw."))),
              (Triples{"IRN 020 TUR", "SYR 020 TUR"}));
}

TEST(JointSubject, ActorPastTheObjectIsNoCounterpart) {
    // "US" in an amount is not whom the two signed with.
    EXPECT_EQ(sorted(triples(pipeline().code("Iran and Iraq signed a deal worth 400 million US dollars."))),
              (Triples{"IRN 057 IRQ", "IRQ 057 IRN"}));
}

TEST(JointSubject, CounterpartInAPrepositionalPhraseIsKept) {
    EXPECT_EQ(sorted(triples(pipeline().code("Iran and Iraq signed a deal with Turkey."))),
              (Triples{"IRN 057 TUR", "IRQ 057 TUR"}));
}

TEST(JointSubject, StateAndItsRebelsActOnEachOther) {
    EXPECT_EQ(sorted(triples(pipeline().code("The Iraqi government and Iraqi rebels signed an agreement."))),
              (Triples{"IRQGOV 057 IRQREB", "IRQREB 057 IRQGOV"}));
    // Two organs of one state are one party.
    EXPECT_TRUE(pipeline().code("The Iraqi government and Iraqi soldiers signed an agreement.").events.empty());
}

TEST(JointSubject, ConjunctKnownThroughAnOfPhraseWithModifiers) {
    // "the leader of the largest Iraqi rebels": the mention comes after adjectives.
    EXPECT_EQ(sorted(triples(pipeline().code(
                  "The Iraqi government and the leader of the largest Iraqi rebels signed an agreement."))),
              (Triples{"IRQGOV 057 IRQREB", "IRQREB 057 IRQGOV"}));
}

}  // namespace
}  // namespace sitrep
