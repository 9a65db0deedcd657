#include <gtest/gtest.h>

#include "context_fixture.hpp"

using namespace sitrep;
using sitrep::testing::add_actor;
using sitrep::testing::builtin_context;
using sitrep::testing::tokenized;

namespace {
Document quoted(const std::string& text, const std::vector<std::array<std::string, 3>>& actors = {}) {
    Document doc = tokenized(text);
    for (const auto& a : actors) add_actor(doc, a[0], a[1], a[2]);
    QuoteDetector(builtin_context().speech).run(doc);
    return doc;
}
}  // namespace

TEST(QuoteDetector, DirectQuoteWithSpeakerAfterIt) {
    Document doc =
        quoted("\u201cWe will respond,\u201d the Iraqi government said.", {{"Iraqi government", "IRQGOV", "IRQ"}});
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_TRUE(doc.quotes[0].direct);
    EXPECT_EQ(doc.view(doc.quotes[0].span), "We will respond,");
    EXPECT_EQ(doc.view(doc.quotes[0].speaker_span), "the Iraqi government");
    EXPECT_EQ(doc.quotes[0].speaker_code, "IRQGOV");
}

TEST(QuoteDetector, StraightQuotesWithInvertedSpeaker) {
    Document doc = quoted("\"We will respond,\" said the minister.");
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_EQ(doc.view(doc.quotes[0].speaker_span), "the minister");
}

TEST(QuoteDetector, ReportedSpeechWithThat) {
    Document doc = quoted("The ministry said in a statement that the talks had begun.");
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_FALSE(doc.quotes[0].direct);
    EXPECT_EQ(doc.view(doc.quotes[0].span), "the talks had begun");
    EXPECT_EQ(doc.view(doc.quotes[0].speaker_span), "The ministry");
}

TEST(QuoteDetector, AccordingTo) {
    Document doc = quoted("Five people died, according to local officials.");
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_EQ(doc.view(doc.quotes[0].span), "Five people died");
    EXPECT_EQ(doc.view(doc.quotes[0].speaker_span), "local officials");
}

TEST(QuoteDetector, PronounSpeakerIsTheLastNamedSpeaker) {
    Document doc = quoted("The ministry said that talks began. \u201cWe are ready,\u201d he added.");
    ASSERT_EQ(doc.quotes.size(), 2u);
    EXPECT_EQ(doc.view(doc.quotes[1].speaker_span), "The ministry");
}

TEST(QuoteDetector, AppositiveSpeakerKeepsTheName) {
    Document doc = quoted("Sabrina Singh, a Pentagon spokesperson, acknowledged that talks continue.");
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_EQ(doc.view(doc.quotes[0].speaker_span), "Sabrina Singh");
}

TEST(QuoteDetector, ParticipleSpeakerIsTheClauseSubject) {
    Document doc = quoted("ISIL in Iraq took credit for the decision, saying that force works.",
                          {{"ISIL", "IMGMUSISI", ""}, {"Iraq", "IRQ", "IRQ"}});
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_EQ(doc.quotes[0].speaker_code, "IMGMUSISI");
}

TEST(QuoteDetector, RightCurlyMarkCanOpenAQuote) {
    Document doc = quoted("\u201cFirst part.\u201d [note]\u201dSecond part,\u201d he said.");
    ASSERT_EQ(doc.quotes.size(), 2u);
    EXPECT_EQ(doc.view(doc.quotes[1].span), "Second part,");
}

TEST(QuoteDetector, UnclosedQuoteNeverCrashes) {
    Document doc = quoted("\u201cThis never ends, he said");
    EXPECT_EQ(doc.quotes.size(), 1u);
}

TEST(QuoteDetector, ShortUnattributedQuoteIsAScareQuote) {
    Document doc = quoted("The ministry said that talks began. US \u201cinvasions\u201d of the territory continue.");
    ASSERT_EQ(doc.quotes.size(), 2u);
    EXPECT_TRUE(doc.quotes[1].speaker_span.empty());
}
