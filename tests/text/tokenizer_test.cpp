#include <gtest/gtest.h>

#include "text_fixture.hpp"

namespace sitrep {
namespace {

using text_test::norms_of;
using text_test::process;
using text_test::surfaces_of;
using text_test::Words;

TEST(Tokenizer, SplitsWordsAndFinalPeriod) {
    EXPECT_EQ(surfaces_of("Troops left Iraq."), (Words{"Troops", "left", "Iraq", "."}));
}

TEST(Tokenizer, KeepsLowerCaseHyphenatedNameTogether) {
    EXPECT_EQ(surfaces_of("Abu Mahdi al-Muhandis"), (Words{"Abu", "Mahdi", "al-Muhandis"}));
}

TEST(Tokenizer, KeepsCapitalisedHyphenatedNameTogether) {
    EXPECT_EQ(surfaces_of("Al-Sudani said"), (Words{"Al-Sudani", "said"}));
}

TEST(Tokenizer, KeepsHyphenatedAdjectivesTogether) {
    EXPECT_EQ(surfaces_of("US-led Iranian-allied 10-year"), (Words{"US-led", "Iranian-allied", "10-year"}));
}

TEST(Tokenizer, SplitsCurlyPossessive) {
    const Document doc = process("Al-Sudani’s office");
    EXPECT_EQ(text_test::surfaces(doc), (Words{"Al-Sudani", "’s", "office"}));
    EXPECT_EQ(doc.tokens[1].norm, "'s");
    EXPECT_FALSE(doc.tokens[1].space_before);
}

TEST(Tokenizer, SplitsStraightPossessive) {
    EXPECT_EQ(norms_of("Al-Sudani's office"), (Words{"al-sudani", "'s", "office"}));
}

TEST(Tokenizer, SplitsNegation) {
    EXPECT_EQ(surfaces_of("didn't don’t"), (Words{"did", "n't", "do", "n’t"}));
    EXPECT_EQ(norms_of("didn't don’t"), (Words{"did", "not", "do", "not"}));
}

TEST(Tokenizer, CantAndWontNormaliseToTheirVerb) {
    EXPECT_EQ(norms_of("can't won't"), (Words{"can", "not", "will", "not"}));
}

TEST(Tokenizer, SplitsOtherClitics) {
    EXPECT_EQ(surfaces_of("they're we've"), (Words{"they", "'re", "we", "'ve"}));
}

TEST(Tokenizer, KeepsInnerApostropheOfNames) {
    EXPECT_EQ(surfaces_of("O'Brien N’Djamena"), (Words{"O'Brien", "N’Djamena"}));
}

TEST(Tokenizer, KeepsDottedAbbreviations) {
    EXPECT_EQ(surfaces_of("U.S. and U.N. at 9 a.m. today"), (Words{"U.S.", "and", "U.N.", "at", "9", "a.m.", "today"}));
}

TEST(Tokenizer, DottedAbbreviationNormsLoseDots) {
    EXPECT_EQ(norms_of("U.S. U.N."), (Words{"us", "un"}));
}

TEST(Tokenizer, KeepsListedAbbreviationPeriods) {
    EXPECT_EQ(surfaces_of("Mr. Smith met Gen. Jones and Lt. Col. Brown on Jan. 5"),
              (Words{"Mr.", "Smith", "met", "Gen.", "Jones", "and", "Lt.", "Col.", "Brown", "on", "Jan.", "5"}));
}

TEST(Tokenizer, KeepsInitialPeriod) {
    EXPECT_EQ(surfaces_of("George W. Bush"), (Words{"George", "W.", "Bush"}));
}

TEST(Tokenizer, DottedAbbreviationInCompound) {
    EXPECT_EQ(surfaces_of("U.S.-led forces"), (Words{"U.S.-led", "forces"}));
}

TEST(Tokenizer, ThousandsSeparatorNumberIsOneToken) {
    const Document doc = process("about 2,500 troops");
    EXPECT_EQ(text_test::surfaces(doc), (Words{"about", "2,500", "troops"}));
    EXPECT_EQ(doc.tokens[1].norm, "2500");
    EXPECT_EQ(doc.tokens[1].kind, TokenKind::number);
}

TEST(Tokenizer, DecimalNumberIsOneToken) {
    EXPECT_EQ(surfaces_of("3.5 percent"), (Words{"3.5", "percent"}));
}

TEST(Tokenizer, DecadeIsOneNumberToken) {
    const Document doc = process("the 1990s");
    EXPECT_EQ(doc.view(doc.tokens[1].span), "1990s");
    EXPECT_EQ(doc.tokens[1].kind, TokenKind::number);
}

TEST(Tokenizer, NumberBeforeFinalPeriodIsSplit) {
    EXPECT_EQ(surfaces_of("in 2014."), (Words{"in", "2014", "."}));
}

TEST(Tokenizer, CommaAfterNumberIsSplit) {
    EXPECT_EQ(surfaces_of("2020, when"), (Words{"2020", ",", "when"}));
}

TEST(Tokenizer, QuotesAreSeparateTokens) {
    EXPECT_EQ(surfaces_of("“invasions” of"), (Words{"“", "invasions", "”", "of"}));
}

TEST(Tokenizer, BracketsAreSeparateTokens) {
    EXPECT_EQ(surfaces_of("[ISIL]operational (Reuters)"),
              (Words{"[", "ISIL", "]", "operational", "(", "Reuters", ")"}));
}

TEST(Tokenizer, DashesAreSeparateTokens) {
    const Document doc = process("Baghdad—the capital – said -- yes");
    EXPECT_EQ(text_test::surfaces(doc), (Words{"Baghdad", "—", "the", "capital", "–", "said", "--", "yes"}));
    EXPECT_EQ(doc.tokens[1].norm, "-");
    EXPECT_EQ(doc.tokens[4].norm, "-");
}

TEST(Tokenizer, NoBreakSpaceSeparatesTokens) {
    const Document doc = process("2,500\u00A0U.S.\u202Ftroops");
    EXPECT_EQ(text_test::surfaces(doc), (Words{"2,500", "U.S.", "troops"}));
    EXPECT_TRUE(doc.tokens[1].space_before);
}

TEST(Tokenizer, UrlIsOneToken) {
    EXPECT_EQ(surfaces_of("see https://www.example.org/a?b=1. Then"),
              (Words{"see", "https://www.example.org/a?b=1", ".", "Then"}));
}

TEST(Tokenizer, EmailIsOneToken) {
    EXPECT_EQ(surfaces_of("write to desk@news.example.com."), (Words{"write", "to", "desk@news.example.com", "."}));
}

TEST(Tokenizer, EllipsisIsOneToken) {
    EXPECT_EQ(surfaces_of("wait... now"), (Words{"wait", "...", "now"}));
}

TEST(Tokenizer, MarksCapitalisedWords) {
    const Document doc = process("Iraqi troops Énergie");
    EXPECT_TRUE(doc.tokens[0].capitalized);
    EXPECT_FALSE(doc.tokens[1].capitalized);
    EXPECT_TRUE(doc.tokens[2].capitalized);
}

TEST(Tokenizer, RecordsSpaceBefore) {
    const Document doc = process("Iraq’s “war”");
    ASSERT_EQ(doc.tokens.size(), 5u);
    EXPECT_FALSE(doc.tokens[0].space_before);
    EXPECT_FALSE(doc.tokens[1].space_before);
    EXPECT_TRUE(doc.tokens[2].space_before);
    EXPECT_FALSE(doc.tokens[3].space_before);
    EXPECT_FALSE(doc.tokens[4].space_before);
}

TEST(Tokenizer, SpansRoundTripToSurface) {
    const std::string text = "Al-Sudani’s office said “2,500 U.S. troops” [ISIL]didn't — 3.5%\u00A0e-mail: a@b.org";
    const Document doc = process(text);
    ASSERT_FALSE(doc.tokens.empty());
    uint32_t previous_end = 0;
    for (const auto& t : doc.tokens) {
        EXPECT_LE(previous_end, t.span.begin);
        EXPECT_LT(t.span.begin, t.span.end);
        EXPECT_EQ(doc.view(t.span), text.substr(t.span.begin, t.span.size()));
        previous_end = t.span.end;
    }
    // Nothing but white space is left out.
    std::string rebuilt;
    for (const auto& t : doc.tokens) rebuilt += (t.space_before ? " " : "") + std::string(doc.view(t.span));
    EXPECT_EQ(rebuilt, "Al-Sudani’s office said “2,500 U.S. troops” [ISIL]didn't — 3.5% e-mail: a@b.org");
}

TEST(Tokenizer, InvalidBytesBecomeSymbols) {
    const Document doc = process("Iraq\xFF\xFE ok");
    EXPECT_EQ(text_test::surfaces(doc), (Words{"Iraq", "\xFF", "\xFE", "ok"}));
    EXPECT_EQ(doc.tokens[1].kind, TokenKind::symbol);
}

TEST(Tokenizer, EmptyTextHasNoTokens) {
    EXPECT_TRUE(process("").tokens.empty());
    EXPECT_TRUE(process(" \n\t\u00A0").tokens.empty());
}

}  // namespace
}  // namespace sitrep
