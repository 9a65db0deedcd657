#include <gtest/gtest.h>

#include <algorithm>

#include "syntax_fixture.hpp"

namespace sitrep {
namespace {

std::vector<std::string> chunks_of(const Document& doc, ChunkKind kind) {
    std::vector<std::string> out;
    for (const auto& c : doc.chunks)
        if (c.kind == kind) out.emplace_back(doc.view(c.tokens));
    return out;
}

TEST(Chunker, VerbGroupKeepsAuxiliaryNegationAndModal) {
    auto lexicon = testing::builtin_lexicon();
    lexicon->add_verb_form("attack");
    Document doc = testing::parse("Iran would not attack the base.", lexicon);
    auto groups = chunks_of(doc, ChunkKind::verb_group);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0], "would not attack");
}

TEST(Chunker, PrepositionalPhraseHoldsItsNounPhrase) {
    Document doc = testing::parse("Officials met in the Iraqi capital.");
    auto pps = chunks_of(doc, ChunkKind::prepositional);
    ASSERT_EQ(pps.size(), 1u);
    EXPECT_EQ(pps[0], "in the Iraqi capital");
}

TEST(Chunker, NounPhraseHeadIsLastNoun) {
    auto lexicon = testing::builtin_lexicon();
    lexicon->add_verb_form("met");
    Document doc = testing::parse("The senior Iraqi officials met.", lexicon);
    ASSERT_FALSE(doc.chunks.empty());
    const Chunk& np = doc.chunks.front();
    EXPECT_EQ(np.kind, ChunkKind::noun_phrase);
    EXPECT_EQ(doc.view(doc.tokens[np.head].span), "officials");
}

TEST(Chunker, QuantityPhraseIsHeadedByWhatIsCounted) {
    Document doc = testing::parse("Tens of thousands of Valdorian farmers marched on the capital.");
    ASSERT_FALSE(doc.chunks.empty());
    const Chunk& np = doc.chunks.front();
    EXPECT_EQ(np.kind, ChunkKind::noun_phrase);
    EXPECT_EQ(doc.view(np.tokens), "Tens of thousands of Valdorian farmers");
    EXPECT_EQ(doc.view(doc.tokens[np.head].span), "farmers");
    Document crowd = testing::parse("The police dispersed a crowd of dock workers near the port.");
    const auto phrases = chunks_of(crowd, ChunkKind::noun_phrase);
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "a crowd of dock workers"), phrases.end());
    // A number or a part heads such a phrase too.
    Document two = testing::parse("Two of the Valdorian envoys left early.");
    EXPECT_EQ(two.view(two.chunks.front().tokens), "Two of the Valdorian envoys");
    Document third = testing::parse("One third of the farmers stayed home.");
    EXPECT_EQ(third.view(third.chunks.front().tokens), "One third of the farmers");
    EXPECT_EQ(third.view(third.tokens[third.chunks.front().head].span), "farmers");
    // Any other noun keeps its "of" phrase apart ("the mayor of the town").
    Document other = testing::parse("The mayor of the harbour town resigned.");
    EXPECT_EQ(other.view(other.chunks.front().tokens), "The mayor");
}

TEST(Chunker, MembersOfABodyAreHeadedByTheBody) {
    // The members act for the body: its name heads the phrase, where the actor is.
    Document doc = testing::parse("The members of the harbour council rejected the plan.");
    ASSERT_FALSE(doc.chunks.empty());
    EXPECT_EQ(doc.view(doc.chunks.front().tokens), "The members of the harbour council");
    EXPECT_EQ(doc.view(doc.tokens[doc.chunks.front().head].span), "council");
}

TEST(Chunker, UpToANumberStartsTheNounPhrase) {
    if (!testing::packaged_model()) GTEST_SKIP() << "the rule tagger has no approximator rule";
    Document doc = testing::parse("Up to 300 Kestrian farmers marched on the capital.");
    const auto phrases = chunks_of(doc, ChunkKind::noun_phrase);
    ASSERT_FALSE(phrases.empty());
    EXPECT_EQ(phrases.front(), "300 Kestrian farmers");
    EXPECT_TRUE(chunks_of(doc, ChunkKind::prepositional).size() == 1u);  // only "on the capital"
    Document direction = testing::parse("The farmers walked up to the gate.");
    EXPECT_EQ(testing::pos_of(direction, "to"), PartOfSpeech::preposition);
}

TEST(Chunker, TimeWordAfterANounOpensATimeAdverbial) {
    // "tests Monday", "reservists last week": the time word is no head of the object.
    Document doc = testing::parse("The navy held two drills Thursday and recalled sailors last month.");
    const auto phrases = chunks_of(doc, ChunkKind::noun_phrase);
    std::string all;
    for (const auto& p : phrases) all += "[" + p + "]";
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "two drills"), phrases.end()) << all;
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "sailors"), phrases.end());
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "last month"), phrases.end());
    // At the start of a phrase a time word is its head as before.
    Document lead = testing::parse("Thursday brought rain.");
    EXPECT_EQ(lead.view(lead.tokens[lead.chunks.front().head].span), "Thursday");
}

TEST(Chunker, SpacedDashEndsTheNounPhrase) {
    Document doc = testing::parse("KESTRIA, Valdor - Hundreds of farmers marched on the capital.");
    const auto phrases = chunks_of(doc, ChunkKind::noun_phrase);
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "Hundreds of farmers"), phrases.end());
    for (const auto& p : phrases) EXPECT_EQ(p.find("Valdor -"), std::string::npos) << p;
}

TEST(Chunker, RelativeWordBeforeItsSubjectIsAPhraseOfItsOwn) {
    Document doc = testing::parse("The mayor blamed the guards, for which he said the council paid.");
    const auto pps = chunks_of(doc, ChunkKind::prepositional);
    EXPECT_NE(std::find(pps.begin(), pps.end(), "for which"), pps.end());
    const auto phrases = chunks_of(doc, ChunkKind::noun_phrase);
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "he"), phrases.end());
    // "which" before its noun is still that noun's determiner.
    Document det = testing::parse("Nobody knew which village the patrol reached.");
    const auto det_phrases = chunks_of(det, ChunkKind::noun_phrase);
    EXPECT_NE(std::find(det_phrases.begin(), det_phrases.end(), "which village"), det_phrases.end());
}

}  // namespace
}  // namespace sitrep
