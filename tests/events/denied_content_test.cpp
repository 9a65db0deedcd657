// What a verb of denial governs did not happen: its events are negated.
#include <gtest/gtest.h>

#include <string>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;

// The negation flag of the event with this CAMEO code (-1 when there is none).
int negated_of(const Document& doc, const std::string& cameo) {
    for (const auto& e : doc.events)
        if (e.cameo == cameo) return e.negated ? 1 : 0;
    return -1;
}

TEST(DeniedContent, ClauseAfterDeniedThatIsNegated) {
    EXPECT_EQ(negated_of(pipeline().code("Iran denied that Iranian troops attacked Iraqi villagers."), "190"), 1);
}

TEST(DeniedContent, ClauseAfterSaidThatIsNotNegated) {
    EXPECT_EQ(negated_of(pipeline().code("Iran said that Iranian troops attacked Iraqi villagers."), "190"), 0);
}

}  // namespace
}  // namespace sitrep
