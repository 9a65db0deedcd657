#include <gtest/gtest.h>

#include "syntax_fixture.hpp"

namespace sitrep {
namespace {

std::vector<std::string> clauses_of(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& c : doc.clauses) out.emplace_back(doc.view(c.tokens));
    return out;
}

std::shared_ptr<Lexicon> lexicon() {
    auto lex = testing::builtin_lexicon();
    for (auto w : {"attacked", "met", "said", "arrived", "killed", "criticized"}) lex->add_verb_form(w);
    return lex;
}

TEST(ClauseSplitter, SplitsAtCommaAndBeforeNewSubject) {
    Document doc = testing::parse("Iran attacked Iraq, and Syria criticized Iran.", lexicon());
    auto c = clauses_of(doc);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[1], "and Syria criticized Iran.");
    EXPECT_EQ(doc.clauses[1].parent, -1);
}

TEST(ClauseSplitter, ConjoinedVerbIsChildOfItsSubjectClause) {
    Document doc = testing::parse("Rebels attacked the base and killed two soldiers.", lexicon());
    ASSERT_EQ(doc.clauses.size(), 2u);
    EXPECT_EQ(doc.clauses[1].parent, 0);
}

TEST(ClauseSplitter, ThatComplementOfSayVerbIsChildClause) {
    Document doc = testing::parse("Iraq said that Iran attacked the border.", lexicon());
    ASSERT_EQ(doc.clauses.size(), 2u);
    EXPECT_EQ(std::string(doc.view(doc.clauses[1].tokens)), "that Iran attacked the border.");
    EXPECT_EQ(doc.clauses[1].parent, 0);
}

TEST(ClauseSplitter, SayVerbWithoutThatStillOpensComplement) {
    Document doc = testing::parse("Iraq said Iran attacked the border.", lexicon());
    ASSERT_EQ(doc.clauses.size(), 2u);
    EXPECT_EQ(doc.clauses[1].parent, 0);
}

// A participle that is never a past tense after the object of a reporting verb
// is the object's complement, not the verb of a reported clause.
TEST(ClauseSplitter, ParticipleAfterTheObjectOfASayVerbOpensNoClause) {
    EXPECT_EQ(testing::parse("The judge declared the company's accounts frozen.", lexicon()).clauses.size(), 1u);
    EXPECT_EQ(testing::parse("The minister announced the old bridge broken.", lexicon()).clauses.size(), 1u);
    // A past tense still opens one.
    EXPECT_EQ(testing::parse("The minister announced the army withdrew.", lexicon()).clauses.size(), 2u);
}

TEST(ClauseSplitter, TrailingSaidClauseGovernsTheReport) {
    Document doc = testing::parse("Iran attacked Iraq, a senior official said.", lexicon());
    ASSERT_EQ(doc.clauses.size(), 2u);
    EXPECT_EQ(doc.clauses[0].parent, 1);
}

TEST(ClauseSplitter, RelativeClauseResumesMainClause) {
    Document doc = testing::parse("The minister, who arrived on Monday, met Sudani.", lexicon());
    ASSERT_EQ(doc.clauses.size(), 3u);
    EXPECT_EQ(doc.clauses[1].parent, 0);
    EXPECT_EQ(doc.clauses[2].parent, 0);
}

TEST(ClauseSplitter, ConditionalClauseStartsAtIf) {
    Document doc = testing::parse("If Iran attacked Iraq, Syria met Iran.", lexicon());
    ASSERT_GE(doc.clauses.size(), 2u);
    EXPECT_EQ(doc.view(doc.tokens[doc.clauses[0].tokens.first].span), "If");
}

TEST(ClauseSplitter, AnAdverbBeforeTheVerbStillEndsAFrontedSubordinateClause) {
    // "also" between the main clause's subject and its verb: the main clause still
    // starts at the comma, so "Syria" is not part of the "If" clause.
    Document doc = testing::parse("If Iran attacked Iraq, Syria also criticized Iran.", lexicon());
    auto c = clauses_of(doc);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[1], "Syria also criticized Iran.");
    EXPECT_EQ(doc.clauses[0].parent, 1);
}

TEST(ClauseSplitter, AVerbAfterAWhWordIsNoVerbOfTheReportedObject) {
    // "a truce ... of what it called": "called" belongs to "what it", so "a truce" is
    // the object of "announced", not the subject of a reported clause.
    Document doc = testing::parse("Iran announced a truce after years of what it called a holy war.", lexicon());
    for (const auto& c : clauses_of(doc)) EXPECT_FALSE(c.starts_with("a truce")) << c;
}

TEST(ClauseSplitter, AnAdverbAfterAndIsNoSubjectOfANewClause) {
    // "and actively met" shares the subject: "the envoys and actively met" is no
    // noun phrase followed by its own verb.
    Document doc = testing::parse("Iran criticized the envoys and actively met Iraq.", lexicon());
    for (const auto& c : clauses_of(doc)) EXPECT_NE(c, "and actively met Iraq.");
}

}  // namespace
}  // namespace sitrep
