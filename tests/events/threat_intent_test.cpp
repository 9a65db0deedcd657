// A hostile act announced ("is prepared to", "vowed to", "threatened to") has not
// happened: CAMEO codes the announcement as a threat of its kind (root 13).
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;
using testing::triples;
using Triples = std::vector<std::string>;

TEST(ThreatIntent, ForceAnnouncedIsAThreatOfMilitaryForce) {
    EXPECT_EQ(triples(pipeline().code("Iran is prepared to attack Iraq.")), Triples{"IRN 138 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Syrian troops vowed to attack Turkey.")), Triples{"SYRMIL 138 TUR"});
}

TEST(ThreatIntent, CoercionAnnouncedIsAThreatOfSanctions) {
    // "detain" is 173 in the test dictionary: coercion (17) threatened is 132.
    EXPECT_EQ(triples(pipeline().code("Iran threatened to detain Iraqi officials.")), Triples{"IRN 132 IRQGOV"});
}

TEST(ThreatIntent, OtherIntentsAndOtherCodesStay) {
    // A decision is no threat; a meeting announced is no hostile act but an
    // intent to meet (036), and only the source announced it.
    EXPECT_EQ(triples(pipeline().code("Iran agreed to attack Iraq.")), Triples{"IRN 190 IRQ"});
    EXPECT_EQ(triples(pipeline().code("Iran vowed to meet Iraq.")), Triples{"IRN 036 IRQ"});
    // Negated: no threat made.
    for (const auto& t : triples(pipeline().code("Iran is not prepared to attack Iraq."))) EXPECT_NE(t, "IRN 138 IRQ");
}

}  // namespace
}  // namespace sitrep
