#include <gtest/gtest.h>

#include "text/normalize.hpp"
#include "text_fixture.hpp"

namespace sitrep {
namespace {

using text_test::Words;

TEST(NormalizeToken, FoldsCase) {
    EXPECT_EQ(normalize_token("Baghdad"), "baghdad");
}

TEST(NormalizeToken, FoldsNonAsciiCase) {
    EXPECT_EQ(normalize_token("ÄRZTE"), "arzte");
}

TEST(NormalizeToken, StripsDiacritics) {
    EXPECT_EQ(normalize_token("Ṣadr"), "sadr");
}

TEST(NormalizeToken, CurlyApostropheBecomesStraight) {
    EXPECT_EQ(normalize_token("’s"), "'s");
}

TEST(NormalizeToken, CurlyDoubleQuotesBecomeStraight) {
    EXPECT_EQ(normalize_token("“"), "\"");
    EXPECT_EQ(normalize_token("”"), "\"");
    EXPECT_EQ(normalize_token("«"), "\"");
}

TEST(NormalizeToken, EveryDashBecomesHyphen) {
    EXPECT_EQ(normalize_token("—"), "-");
    EXPECT_EQ(normalize_token("–"), "-");
    EXPECT_EQ(normalize_token("al‐Sudani"), "al-sudani");  // U+2010 hyphen
}

TEST(NormalizeToken, DottedAbbreviationLosesDots) {
    EXPECT_EQ(normalize_token("U.S."), "us");
    EXPECT_EQ(normalize_token("U.N."), "un");
    EXPECT_EQ(normalize_token("a.m."), "am");
}

TEST(NormalizeToken, AbbreviationLosesPeriod) {
    EXPECT_EQ(normalize_token("Gen."), "gen");
}

TEST(NormalizeToken, DottedAbbreviationInCompoundLosesDots) {
    EXPECT_EQ(normalize_token("U.S.-led"), "us-led");
}

TEST(NormalizeToken, ThousandsSeparatorDropped) {
    EXPECT_EQ(normalize_token("2,500"), "2500");
}

TEST(NormalizeToken, DecimalPointKept) {
    EXPECT_EQ(normalize_token("3.5"), "3.5");
}

TEST(NormalizeToken, PunctuationPeriodKept) {
    EXPECT_EQ(normalize_token("."), ".");
    EXPECT_EQ(normalize_token("..."), "...");
}

TEST(NormalizeToken, EllipsisCharacterBecomesThreePeriods) {
    EXPECT_EQ(normalize_token("…"), "...");
}

TEST(NormalizeToken, NegationBecomesNot) {
    EXPECT_EQ(normalize_token("n’t"), "not");
}

TEST(NormalizeToken, UrlKeepsItsDots) {
    EXPECT_EQ(normalize_token("https://Example.org/a.html"), "https://example.org/a.html");
}

TEST(NormalizeToken, InvalidBytesDoNotThrow) {
    EXPECT_EQ(normalize_token("a\xFF"), "a\xEF\xBF\xBD");
}

TEST(NormalizeToken, AsciiAndUnicodePathsAgree) {
    // The same word with and without a non-ASCII letter elsewhere.
    EXPECT_EQ(normalize_token("Iraq-Éire"), "iraq-eire");
    EXPECT_EQ(normalize_token("Iraq-Eire"), "iraq-eire");
}

TEST(NormalizePhrase, MatchesTokensOfText) {
    const std::string text = "Iraqi Prime Minister Mohammad Shia al-Sudani’s office";
    EXPECT_EQ(normalize_phrase(text), text_test::norms_of(text));
}

TEST(NormalizePhrase, SplitsPossessive) {
    EXPECT_EQ(normalize_phrase("Al-Sudani’s office"), (Words{"al-sudani", "'s", "office"}));
}

TEST(NormalizePhrase, DottedAbbreviation) {
    EXPECT_EQ(normalize_phrase("U.S. troops"), (Words{"us", "troops"}));
}

TEST(NormalizePhrase, AnyWordPeriodIsAbbreviation) {
    EXPECT_EQ(normalize_phrase("Gen. Smith"), (Words{"gen", "smith"}));
    EXPECT_EQ(normalize_phrase("Gov. Smith"), (Words{"gov", "smith"}));
}

TEST(NormalizePhrase, UpperCaseDictionaryPhraseMatchesText) {
    EXPECT_EQ(normalize_phrase("ABU MAHDI AL-MUHANDIS"), text_test::norms_of("Abu Mahdi al-Muhandis"));
}

TEST(NormalizePhrase, EmptyPhraseHasNoTokens) {
    EXPECT_TRUE(normalize_phrase("  ").empty());
}

}  // namespace
}  // namespace sitrep
