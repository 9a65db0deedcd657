#include <gtest/gtest.h>

#include "text/text_resources.hpp"

namespace sitrep {
namespace {

TEST(WordList, SkipsCommentsAndBlankLines) {
    Diagnostics d;
    const auto words = parse_word_list({"t.txt", "#! sitrep words 1\n\nMr.  # title\n  Gen.\n"}, d);
    EXPECT_EQ(words, (std::vector<std::string>{"Mr.", "Gen."}));
    EXPECT_TRUE(d.empty());
}

TEST(WordList, ReportsEntryWithSpaceWithFileAndLine) {
    Diagnostics d;
    const auto words = parse_word_list({"data/text/titles.txt", "Mr.\nLt. Col.\nGen.\n"}, d);
    EXPECT_EQ(words, (std::vector<std::string>{"Mr.", "Gen."}));
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].file, "data/text/titles.txt");
    EXPECT_EQ(d[0].line, 2u);
}

TEST(TextResources, RecognisesFilesByKind) {
    Diagnostics d;
    const auto r = TextResources::defaults_from({{"mine.txt", "#! sitrep abbreviations 1\nJan.\n"},
                                                 {"data/text/titles.txt", "#! sitrep titles 1\nGen.\n"},
                                                 {"starters", "#! sitrep sentence-starters 1\nThe\n"}},
                                                d);
    EXPECT_TRUE(d.empty());
    EXPECT_TRUE(r.abbreviations.contains("Jan"));
    EXPECT_TRUE(r.abbreviations.contains("JAN"));
    EXPECT_TRUE(r.abbreviations.contains("Gen"));  // titles are abbreviations too
    EXPECT_FALSE(r.titles.contains("Jan"));
    EXPECT_TRUE(r.sentence_starters.contains("the"));
}

TEST(TextResources, WarnsAboutMissingList) {
    Diagnostics d;
    TextResources::defaults_from({{"data/text/abbreviations.txt", "#! sitrep abbreviations 1\nJan.\n"}}, d);
    EXPECT_EQ(d.size(), 2u);
}

}  // namespace
}  // namespace sitrep
