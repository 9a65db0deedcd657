// --explain says why a verb the dictionary knows gave no event, so a user sees
// what to add to a dictionary.
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::dyadic_pipeline;
using testing::explanation;
using testing::pipeline;

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(ExplainNoEvent, NoSource) {
    const std::string e = explanation(pipeline(), "The charges were denied on Monday.");
    EXPECT_TRUE(has(e, "'denied': no event: no source actor")) << e;
}

TEST(ExplainNoEvent, NoTargetSaysWhyNoOneSidedEvent) {
    const std::string e = explanation(pipeline(), "Iran criticized two men.");
    EXPECT_TRUE(has(e, "'criticized': no event: no target actor (its object may be a party")) << e;
    const std::string dyad = explanation(dyadic_pipeline(), "Iran denied the charges.");
    EXPECT_TRUE(has(dyad, "'denied': no event: no target actor (both sides required)")) << dyad;
}

TEST(ExplainNoEvent, NoPatternAndNoDefaultCode) {
    const testing::MiniPipeline petrarch(nullptr, "--- LAUD [---] ---\nLAUD\n- * HIGHLY [051]\n");
    const std::string e = explanation(petrarch, "Iran lauded Iraq.");
    EXPECT_TRUE(has(e, "'lauded': pattern test.petrarch.txt:3 did not match")) << e;
    EXPECT_TRUE(has(e, "no event: no pattern matched, no default code")) << e;
}

TEST(ExplainNoEvent, RuleWithNullCode) {
    const testing::MiniPipeline petrarch(nullptr, "--- LAUD [051] ---\nLAUD\n- * QUIETLY [---]\n");
    const std::string e = explanation(petrarch, "Iran lauded quietly Iraq.");
    EXPECT_TRUE(has(e, "no event: the rule that decided names no event (---) (test.petrarch.txt:3)")) << e;
}

TEST(ExplainNoEvent, PatternNamingAnotherCodeThanTheVerbs) {
    const std::string e = explanation(pipeline(), "Iran bargained for the asylum in Iraq.");
    EXPECT_TRUE(has(e, "matched -> 1032 (the pattern's code, not the verb's 1031)")) << e;
}

TEST(ExplainNoEvent, SameActorOnBothSides) {
    const std::string e = explanation(pipeline(), "Iraqi forces criticized Iraq.");
    EXPECT_TRUE(has(e, "'criticized': no event: source and target are the same actor")) << e;
}

TEST(ExplainNoEvent, InfinitiveSpellingOutTheVerbBefore) {
    const std::string e = explanation(pipeline(), "Iran urged Iraq to criticize Syria.");
    EXPECT_TRUE(has(e, "'criticize': no event: spells out the coded verb before it")) << e;
}

}  // namespace
}  // namespace sitrep
