// Implied targets: a disapproval or rejection of "the attack", "the declaration"
// is aimed at whoever did the act an earlier verb of the same stem reported.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;

TEST(ReferredAct, TheDoerOfAnActNamedEarlierIsTheTarget) {
    EXPECT_EQ(triples(pipeline().code("Iraqi troops attacked Syrian villagers on Monday. Iran criticized the attack.")),
              (std::vector<std::string>{"IRQMIL 190 SYRCVL", "IRN 111 IRQMIL"}));
}

TEST(ReferredAct, AnActInTheSameSentenceCounts) {
    EXPECT_EQ(triples(pipeline().code("Turkish troops attacked Syrian villagers, and Iran criticized the attack.")),
              (std::vector<std::string>{"TURMIL 190 SYRCVL", "IRN 111 TURMIL"}));
}

TEST(ReferredAct, ItAfterTheActsNounRefersToTheSameAct) {
    EXPECT_EQ(triples(pipeline().code(
                  "Iraqi troops attacked Syrian villagers. Turkey criticized the attack, and Iran criticized it too.")),
              (std::vector<std::string>{"IRQMIL 190 SYRCVL", "TUR 111 IRQMIL", "IRN 111 IRQMIL"}));
}

TEST(ReferredAct, NoVerbOfTheSameStemNoTarget) {
    const auto events =
        triples(pipeline().code("Iraqi troops met Syrian villagers on Monday. Iran criticized the attack."));
    for (const std::string& e : events) EXPECT_EQ(e.find("IRN 111 IRQ"), std::string::npos) << e;
}

TEST(ReferredAct, APassiveNamesNoDoer) {
    const auto events =
        triples(pipeline().code("Iraqi villagers were attacked near Turkey on Monday. Iran criticized the attack."));
    for (const std::string& e : events) EXPECT_EQ(e.find("IRN 111 IRQ"), std::string::npos) << e;
}

}  // namespace
}  // namespace sitrep
