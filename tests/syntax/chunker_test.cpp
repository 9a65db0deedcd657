#include <gtest/gtest.h>

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

}  // namespace
}  // namespace sitrep
