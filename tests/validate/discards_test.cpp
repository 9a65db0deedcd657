// Discard phrases: sentence- and story-level, stems and whole words.
#include <gtest/gtest.h>

#include "events/discards.hpp"

namespace sitrep {
namespace {

// A document whose tokens are the given norms, one sentence.
Document doc_of(std::vector<std::string> norms) {
    Document doc;
    for (auto& n : norms) {
        Token t;
        t.norm = std::move(n);
        doc.tokens.push_back(std::move(t));
    }
    doc.sentences.push_back(Sentence{{}, {0, static_cast<uint32_t>(doc.tokens.size())}});
    return doc;
}

// The file table the discard phrases' origins point into (the engine owns one).
const std::shared_ptr<SourceTable>& sources() {
    static const auto table = std::make_shared<SourceTable>();
    return table;
}

DiscardList list_of(std::string_view text) {
    Diagnostics diags;
    DiscardList list;
    list.read({"d.txt", text, sources()->add("d.txt")}, diags);
    EXPECT_TRUE(diags.empty());
    return list;
}

TEST(DiscardList, PhraseDiscardsSentenceAndNamesItsLine) {
    auto list = list_of("# comment\nASIAN CUP   # ab\n");
    auto doc = doc_of({"japan", "won", "the", "asian", "cup"});
    doc.sources = sources();
    std::string why;
    EXPECT_TRUE(list.discards_sentence(doc, doc.sentences[0], why));
    EXPECT_EQ(why, "ASIAN CUP (d.txt:2)");
}

TEST(DiscardList, LastWordIsAStemUnlessUnderscore) {
    auto list = list_of("BASEBALL\nCUP_\n");
    std::string why;
    auto a = doc_of({"baseballs", "fly"});
    EXPECT_TRUE(list.discards_sentence(a, a.sentences[0], why));
    auto b = doc_of({"cupboard"});
    EXPECT_FALSE(list.discards_sentence(b, b.sentences[0], why));
}

TEST(DiscardList, WordsMustStartAWord) {
    auto list = list_of("BALL\n");
    auto doc = doc_of({"football"});
    std::string why;
    EXPECT_FALSE(list.discards_sentence(doc, doc.sentences[0], why));
}

TEST(DiscardList, PlusMarksStoryLevelPhrase) {
    auto list = list_of("CRICKET\n+COMMONWEALTH GAMES\n");
    std::string why;
    auto sports = doc_of({"the", "commonwealth", "games", "opened"});
    EXPECT_TRUE(list.discards_story(sports, why));
    auto cricket = doc_of({"cricket", "match"});
    EXPECT_FALSE(list.discards_story(cricket, why));
}

TEST(DiscardList, ShortStemsAreFound) {
    auto list = list_of("UFO\n");
    auto doc = doc_of({"a", "ufos", "sighting"});
    std::string why;
    EXPECT_TRUE(list.discards_sentence(doc, doc.sentences[0], why));
}

}  // namespace
}  // namespace sitrep
