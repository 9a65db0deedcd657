// Sentence boundaries of the seed article (tests/data/seed-article.txt), as a
// careful reader would put them: 14 lines, 19 sentences.
#include <gtest/gtest.h>

#include "../support/pipeline.hpp"
#include "text_fixture.hpp"

namespace sitrep {
namespace {

using text_test::Words;

class SeedArticle : public ::testing::Test {
protected:
    void SetUp() override {
        doc_ = text_test::process(testing::seed_article());
        sentences_ = text_test::sentences(doc_);
    }

    // The sentences that start on line `line` (1-based) of the article.
    Words sentences_on_line(size_t line) const {
        size_t line_start = 0;
        for (size_t l = 1; l < line; ++l) line_start = doc_.text.find('\n', line_start) + 1;
        size_t line_end = doc_.text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = doc_.text.size();
        Words out;
        for (const auto& s : doc_.sentences)
            if (s.span.begin >= line_start && s.span.begin < line_end) out.emplace_back(doc_.view(s.span));
        return out;
    }

    Document doc_;
    Words sentences_;
};

TEST_F(SeedArticle, HasNineteenSentences) {
    EXPECT_EQ(sentences_.size(), 19u);
}

TEST_F(SeedArticle, NoSentenceCrossesALine) {
    for (const auto& s : sentences_) EXPECT_EQ(s.find('\n'), std::string::npos) << s;
}

TEST_F(SeedArticle, SentencesPerLine) {
    const std::vector<size_t> expected = {1, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1, 1, 1, 3};
    for (size_t line = 1; line <= expected.size(); ++line)
        EXPECT_EQ(sentences_on_line(line).size(), expected[line - 1]) << "line " << line;
}

TEST_F(SeedArticle, FirstLineKeepsUSTroopsTogether) {
    EXPECT_EQ(sentences_on_line(1), (Words{"Currently, about 2,500 U.S. troops are still deployed in Iraq as part of a "
                                           "coalition formed in 2014 to help defeat ISIL."}));
}

TEST_F(SeedArticle, ClosingQuoteEndsLineFour) {
    const Words line = sentences_on_line(4);
    ASSERT_EQ(line.size(), 1u);
    EXPECT_TRUE(line[0].ends_with(" in Iraq.”")) << line[0];
}

TEST_F(SeedArticle, LineFiveSplitsBeforeBracketedInsert) {
    EXPECT_EQ(sentences_on_line(5), (Words{"“Military experts will oversee the conclusion of the Global Coalition "
                                           "Against Daesh military mission.”",
                                           "[ISIL]”It has been 10 years since our inception and 10 years since we "
                                           "successfully accomplished our mission in cooperation with the Iraqi "
                                           "security forces and military,” he added."}));
}

TEST_F(SeedArticle, LineEightSplitsAfterTerritory) {
    const Words line = sentences_on_line(8);
    ASSERT_EQ(line.size(), 2u);
    EXPECT_EQ(line[1], "Complaints are arising.");
}

TEST_F(SeedArticle, LineNineSplitsAfterAirport) {
    const Words line = sentences_on_line(9);
    ASSERT_EQ(line.size(), 2u);
    EXPECT_EQ(line[1], "In response, officials are calling for coalition forces to withdraw.");
}

TEST_F(SeedArticle, LineTwelveDoesNotSplitInsideQuoteBeforeLowerCase) {
    const Words line = sentences_on_line(12);
    ASSERT_EQ(line.size(), 1u);
    EXPECT_NE(line[0].find("ISIS.” [ISIL]operational"), std::string::npos);
    EXPECT_TRUE(line[0].ends_with("forces,” al-Sudani’s office said.")) << line[0];
}

TEST_F(SeedArticle, LineThirteenKeepsUSDepartmentTogether) {
    const Words line = sentences_on_line(13);
    ASSERT_EQ(line.size(), 1u);
    EXPECT_TRUE(line[0].starts_with("Sabrin Singh, deputy spokesperson for the U.S. Department of")) << line[0];
    EXPECT_TRUE(line[0].ends_with("“will definitely be part of future discussions.”")) << line[0];
}

TEST_F(SeedArticle, LastLineHasThreeSentences) {
    const Words line = sentences_on_line(14);
    ASSERT_EQ(line.size(), 3u);
    EXPECT_TRUE(line[0].starts_with("Although the United States says")) << line[0];
    EXPECT_TRUE(line[0].ends_with("that “Americans only understand the language of force.”")) << line[0];
    EXPECT_EQ(line[1], "“This proves that,” he said, pledging to continue.");
    EXPECT_EQ(line[2], "That attack.");
}

TEST_F(SeedArticle, TokenSpansRoundTrip) {
    for (const auto& t : doc_.tokens) {
        EXPECT_FALSE(t.span.empty());
        EXPECT_EQ(doc_.view(t.span), std::string_view(doc_.text).substr(t.span.begin, t.span.size()));
    }
}

}  // namespace
}  // namespace sitrep
