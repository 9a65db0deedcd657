// Event confidence: the evidence that predicts a right event raises it.
#include <gtest/gtest.h>

#include "event_fixture.hpp"

namespace sitrep {
namespace {

using testing::pipeline;

double confidence_of(const std::string& sentence) {
    const Document doc = pipeline().code(sentence);
    EXPECT_FALSE(doc.events.empty()) << sentence;
    return doc.events.empty() ? -1.0 : doc.events[0].confidence;
}

TEST(EventConfidence, PatternWithBothActorsNearTheVerbReachesTheHighBand) {
    EXPECT_GE(confidence_of("Iran held talks with Iraq."), 0.8);
}

TEST(EventConfidence, DefaultCodeIsLessSureThanAPattern) {
    const double pattern = confidence_of("Iran held talks with Iraq.");
    const double fallback = confidence_of("Iran criticized Iraq.");
    EXPECT_LT(fallback, pattern);
    EXPECT_LT(fallback, 0.8);
}

TEST(EventConfidence, OneSidedEventIsLessSureThanTwoSided) {
    EXPECT_LT(confidence_of("Iran denied the charges."), confidence_of("Iran criticized Iraq."));
}

TEST(EventConfidence, NegatedOrHypotheticalEventIsLessSure) {
    const double asserted = confidence_of("Iran attacked Iraq.");
    EXPECT_LT(confidence_of("Iran did not attack Iraq."), asserted);
    EXPECT_LT(confidence_of("Iran could attack Iraq."), asserted);
}

TEST(EventConfidence, ActorFarFromTheVerbIsLessSure) {
    EXPECT_LT(confidence_of("Iran, after many long weeks of quiet, attacked Iraq."),
              confidence_of("Iran attacked Iraq."));
}

TEST(EventConfidence, EventNounIsLessSureThanAVerb) {
    EXPECT_LT(confidence_of("An American airstrike on Iraq killed two people."), confidence_of("Iran attacked Iraq."));
}

}  // namespace
}  // namespace sitrep
