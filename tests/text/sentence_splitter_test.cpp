#include <gtest/gtest.h>

#include "text_fixture.hpp"

namespace sitrep {
namespace {

using text_test::process;
using text_test::sentences_of;
using text_test::Words;

TEST(SentenceSplitter, SplitsAtPeriodBeforeCapital) {
    EXPECT_EQ(sentences_of("Troops left. Talks began."), (Words{"Troops left.", "Talks began."}));
}

TEST(SentenceSplitter, SplitsAtQuestionAndExclamationMarks) {
    EXPECT_EQ(sentences_of("Will they leave? No! They stay."), (Words{"Will they leave?", "No!", "They stay."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterUSAbbreviation) {
    EXPECT_EQ(sentences_of("About 2,500 U.S. troops are in Iraq."), (Words{"About 2,500 U.S. troops are in Iraq."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterUSBeforeName) {
    EXPECT_EQ(sentences_of("He works for the U.S. Department of Defense."),
              (Words{"He works for the U.S. Department of Defense."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterUNAbbreviation) {
    EXPECT_EQ(sentences_of("The U.N. Security Council met."), (Words{"The U.N. Security Council met."}));
}

TEST(SentenceSplitter, SplitsWhenAbbreviationEndsSentence) {
    EXPECT_EQ(sentences_of("Troops arrived in the U.S. The president said so."),
              (Words{"Troops arrived in the U.S.", "The president said so."}));
}

TEST(SentenceSplitter, SplitsWhenAbbreviationIsFollowedByCommonSentenceSubject) {
    EXPECT_EQ(sentences_of("Troops arrived in the U.S. Officials said so."),
              (Words{"Troops arrived in the U.S.", "Officials said so."}));
}

TEST(SentenceSplitter, SplitsAfterAbbreviationBeforeQuotedStarter) {
    EXPECT_EQ(sentences_of("They met at 9 a.m. “The talks went well,” he said."),
              (Words{"They met at 9 a.m.", "“The talks went well,” he said."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterTitleBeforeStarterWord) {
    // "A" is a sentence starter, but "Mr." always precedes a name.
    EXPECT_EQ(sentences_of("He met Mr. A at noon."), (Words{"He met Mr. A at noon."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterMrAndGen) {
    EXPECT_EQ(sentences_of("Mr. Smith met Gen. Jones."), (Words{"Mr. Smith met Gen. Jones."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterLtCol) {
    EXPECT_EQ(sentences_of("Lt. Col. John Smith spoke."), (Words{"Lt. Col. John Smith spoke."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterMonthAbbreviation) {
    EXPECT_EQ(sentences_of("It began on Jan. 5 in Baghdad."), (Words{"It began on Jan. 5 in Baghdad."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterNumberAbbreviation) {
    EXPECT_EQ(sentences_of("He is the No. 2 official."), (Words{"He is the No. 2 official."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterInitial) {
    EXPECT_EQ(sentences_of("George W. Bush spoke."), (Words{"George W. Bush spoke."}));
}

TEST(SentenceSplitter, KeepsStraightClosingQuoteWithSentence) {
    EXPECT_EQ(sentences_of("He said \"we leave.\" Talks went on."), (Words{"He said \"we leave.\"", "Talks went on."}));
}

TEST(SentenceSplitter, KeepsCurlyClosingQuoteWithSentence) {
    EXPECT_EQ(sentences_of("He said “we leave.” Talks went on."), (Words{"He said “we leave.”", "Talks went on."}));
}

TEST(SentenceSplitter, KeepsClosingBracketWithSentence) {
    EXPECT_EQ(sentences_of("(They left.) Talks went on."), (Words{"(They left.)", "Talks went on."}));
}

TEST(SentenceSplitter, DoesNotSplitBeforeLowerCaseAfterQuotedQuestion) {
    EXPECT_EQ(sentences_of("“Why?” he asked."), (Words{"“Why?” he asked."}));
}

TEST(SentenceSplitter, SplitsBeforeOpeningQuote) {
    EXPECT_EQ(sentences_of("They left. “We won,” he said."), (Words{"They left.", "“We won,” he said."}));
}

TEST(SentenceSplitter, LooksPastBracketedInsertForNextWord) {
    EXPECT_EQ(sentences_of("The mission ends.” [ISIL]”It has been long,” he said."),
              (Words{"The mission ends.”", "[ISIL]”It has been long,” he said."}));
}

TEST(SentenceSplitter, DoesNotSplitWhenBracketedInsertIsFollowedByLowerCase) {
    EXPECT_EQ(sentences_of("They examine “threats by ISIS.” [ISIL]operational needs, he said."),
              (Words{"They examine “threats by ISIS.” [ISIL]operational needs, he said."}));
}

// Issue 13 item 13: a single line break is a space (hard-wrapped text keeps
// its sentences); only a blank line ends a paragraph, and with it a sentence.
TEST(SentenceSplitter, SingleLineBreakIsASpaceInHardWrappedText) {
    EXPECT_EQ(sentences_of("Northern troops\nshelled the harbour on Monday, and the\nmayor fled. Talks\nfailed."),
              (Words{"Northern troops\nshelled the harbour on Monday, and the\nmayor fled.", "Talks\nfailed."}));
}

TEST(SentenceSplitter, SingleLineBreakAfterAnAbbreviationIsASpace) {
    EXPECT_EQ(sentences_of("troops in the U.S.\nofficials said"), (Words{"troops in the U.S.\nofficials said"}));
}

TEST(SentenceSplitter, LineBreakAfterAFullStopStillEndsASentence) {
    EXPECT_EQ(sentences_of("The envoy left.\nThe talks began on Saturday."),
              (Words{"The envoy left.", "The talks began on Saturday."}));
}

TEST(SentenceSplitter, BlankLineEndsSentence) {
    EXPECT_EQ(sentences_of("First paragraph\r\n\r\nsecond paragraph"), (Words{"First paragraph", "second paragraph"}));
}

TEST(SentenceSplitter, DatelineStaysWithFirstSentence) {
    EXPECT_EQ(sentences_of("BAGHDAD (Reuters) - Iraq and the U.S. began talks. They met."),
              (Words{"BAGHDAD (Reuters) - Iraq and the U.S. began talks.", "They met."}));
}

TEST(SentenceSplitter, DatelineOnItsOwnLineStaysWithFirstSentence) {
    EXPECT_EQ(sentences_of("BAGHDAD, Jan. 27 (Reuters) —\nIraq and the U.S. began talks."),
              (Words{"BAGHDAD, Jan. 27 (Reuters) —\nIraq and the U.S. began talks."}));
}

TEST(SentenceSplitter, EllipsisBeforeLowerCaseDoesNotSplit) {
    EXPECT_EQ(sentences_of("They waited... and waited."), (Words{"They waited... and waited."}));
}

TEST(SentenceSplitter, TextWithoutFinalPeriodIsOneSentence) {
    EXPECT_EQ(sentences_of("Iraq and the United States hold talks"), (Words{"Iraq and the United States hold talks"}));
}

TEST(SentenceSplitter, SetsTokenSentenceIndex) {
    const Document doc = process("One two. Three four.");
    ASSERT_EQ(doc.sentences.size(), 2u);
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const auto range = doc.sentences[s].tokens;
        for (uint32_t i = range.first; i < range.last; ++i) EXPECT_EQ(doc.tokens[i].sentence, s);
    }
}

TEST(SentenceSplitter, SentencesCoverAllTokensWithoutOverlapOrEmptiness) {
    const Document doc = process(
        "“Military experts will oversee it.” [ISIL]”It has been 10 years,” he added.\n\n"
        "In the U.S. The president... said no. Mr. A?! (Yes.) Done\n- \n.");
    uint32_t next = 0;
    Span previous{};
    for (const auto& s : doc.sentences) {
        EXPECT_FALSE(s.tokens.empty());
        EXPECT_FALSE(s.span.empty());
        EXPECT_EQ(s.tokens.first, next);
        EXPECT_EQ(s.span.begin, doc.tokens[s.tokens.first].span.begin);
        EXPECT_EQ(s.span.end, doc.tokens[s.tokens.last - 1].span.end);
        EXPECT_FALSE(s.span.overlaps(previous));
        EXPECT_LE(previous.end, s.span.begin);
        previous = s.span;
        next = s.tokens.last;
    }
    EXPECT_EQ(next, doc.tokens.size());
}

TEST(SentenceSplitter, EmptyTextHasNoSentences) {
    EXPECT_TRUE(process("").sentences.empty());
    EXPECT_TRUE(process("\n\n").sentences.empty());
}

// Issue 13: an unpunctuated text is one sentence, and a sentence's cost
// downstream grows with its length; it is cut at the documented limit.
TEST(SentenceSplitter, CutsASentenceLongerThanTheTokenLimitWithAWarning) {
    std::string text;
    for (size_t i = 0; i < kMaxSentenceTokens * 2; ++i) text += i % 50 == 49 ? "word , " : "word ";
    const Document doc = process(text);
    ASSERT_GE(doc.sentences.size(), 3u);
    for (const auto& s : doc.sentences) EXPECT_LE(s.tokens.size(), kMaxSentenceTokens);
    // The cut falls after a comma near the limit, not in the middle of a clause.
    EXPECT_EQ(doc.view(doc.tokens[doc.sentences[0].tokens.last - 1].span), ",");
    ASSERT_EQ(doc.diagnostics.size(), 1u);
    EXPECT_EQ(doc.diagnostics[0].code, DiagnosticCode::sentence_too_long);
    // Every token still belongs to the sentence that holds it.
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
        for (uint32_t t = doc.sentences[s].tokens.first; t < doc.sentences[s].tokens.last; ++t)
            EXPECT_EQ(doc.tokens[t].sentence, s);
}

TEST(SentenceSplitter, KeepsASentenceAtTheTokenLimitWhole) {
    std::string text;
    for (size_t i = 0; i + 1 < kMaxSentenceTokens; ++i) text += "word ";
    text += ".";
    const Document doc = process(text);
    EXPECT_EQ(doc.sentences.size(), 1u);
    EXPECT_TRUE(doc.diagnostics.empty());
}

}  // namespace
}  // namespace sitrep
