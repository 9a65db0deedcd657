// A cooperative act refused ("were not meeting", "did not release") is coded as
// a rejection of its kind (12) under the built-in dictionaries' convention, while
// user dictionaries alone (PETRARCH-1, TABARI: --no-builtin) keep the plain code,
// marked negated, as their validation suites expect.
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::coded;
using testing::has_triple;
using testing::pipeline;
using testing::triples;

TEST(RefusalCodes, BuiltInDictionariesCodeARefusedActAsARejection) {
    EXPECT_TRUE(has_triple(triples(coded("Chile did not release the Peruvian fishermen.")), "CHL", "1243", "PER"));
    EXPECT_TRUE(has_triple(triples(coded("Ghana will not withdraw its troops from the border with Togo.")), "GHA",
                           "1246", "TGO"));
    EXPECT_TRUE(has_triple(triples(coded("Norway did not send aid to Belarus.")), "NOR", "1223", "BLR"));
    // Asserted acts keep their own code.
    EXPECT_TRUE(has_triple(triples(coded("Chile released the Peruvian fishermen.")), "CHL", "084", "PER"));
}

TEST(RefusalCodes, UserDictionariesAloneKeepThePlainCodeMarkedNegated) {
    // The test dictionary (no built-in ones) codes "meet" 040.
    const Document doc = pipeline().code("Iran did not meet Iraq.");
    ASSERT_EQ(triples(doc), std::vector<std::string>{"IRN 040 IRQ"});
    EXPECT_TRUE(doc.events[0].negated);
}

}  // namespace
}  // namespace sitrep
