// SentenceView and innermost_clause index the document's layers by sentence:
// what they answer equals a scan of the whole document, and their cost follows
// the sentence, not the document (issue 13: 100,000 sentences took minutes).
#include <gtest/gtest.h>

#include <chrono>

#include "context/token_text.hpp"
#include "event_fixture.hpp"
#include "events/sentence_view.hpp"

namespace sitrep::testing {
namespace {

// The answers of the former whole-document scans, to compare with.
int32_t actor_by_scan(const Document& doc, uint32_t first, uint32_t last, uint32_t t) {
    if (t < first || t >= last) return -1;
    for (size_t a = 0; a < doc.actors.size(); ++a) {
        const ActorMention& m = doc.actors[a];
        if (m.kind == ActorKind::uncoded || m.code.empty()) continue;
        if (t >= m.tokens.first && t < m.tokens.last) return static_cast<int32_t>(a);
    }
    return -1;
}
int32_t chunk_by_scan(const Document& doc, uint32_t first, uint32_t last, uint32_t t) {
    if (t < first || t >= last) return -1;
    int32_t found = -1;
    for (size_t c = 0; c < doc.chunks.size(); ++c)
        if (t >= doc.chunks[c].tokens.first && t < doc.chunks[c].tokens.last) found = static_cast<int32_t>(c);
    return found;
}
int32_t innermost_by_scan(const Document& doc, uint32_t t) {
    int32_t best = -1;
    for (size_t c = 0; c < doc.clauses.size(); ++c) {
        const TokenRange r = doc.clauses[c].tokens;
        if (t < r.first || t >= r.last) continue;
        if (best < 0 || r.size() < doc.clauses[best].tokens.size()) best = static_cast<int32_t>(c);
    }
    return best;
}

TEST(SentenceViewIndexing, AnswersAsAWholeDocumentScanDoesOnEverySentence) {
    std::string text;
    for (int i = 0; i < 30; ++i)
        text += i % 3 == 0   ? "Iraqi forces attacked Syrian troops near Baghdad, officials said. "
                : i % 3 == 1 ? "The United States and Turkey met Iranian officials, who criticized Syria. "
                             : "Nothing happened. ";
    const Document doc = pipeline().code(text);
    ASSERT_GT(doc.sentences.size(), 25u);
    ASSERT_GT(doc.actors.size(), 30u);
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const SentenceView view(doc, s);
        for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
            ASSERT_EQ(view.actor_at(t), actor_by_scan(doc, view.first(), view.last(), t)) << s << " " << t;
            ASSERT_EQ(view.chunk_at(t), chunk_by_scan(doc, view.first(), view.last(), t)) << s << " " << t;
        }
        for (uint32_t t = view.first(); t < view.last(); ++t) {
            int32_t expected = -1;
            for (size_t k = 0; k < doc.clauses.size() && expected < 0; ++k)
                if (t >= doc.clauses[k].tokens.first && t < doc.clauses[k].tokens.last)
                    expected = static_cast<int32_t>(k);
            const int32_t c = view.chunk_at(t);
            ASSERT_EQ(view.clause_at(t), c >= 0 ? static_cast<int32_t>(doc.chunks[c].clause) : expected);
        }
    }
    for (uint32_t t = 0; t < doc.tokens.size(); ++t)
        ASSERT_EQ(innermost_clause(doc, t), innermost_by_scan(doc, t)) << t;
}

// A document of `n` five-token sentences with an actor, two chunks and two
// clauses each, built directly (no pipeline) so that only the indexing is timed.
Document synthetic_document(uint32_t n) {
    Document doc;
    for (uint32_t s = 0; s < n; ++s) {
        const uint32_t f = s * 5;
        for (uint32_t k = 0; k < 5; ++k) {
            Token t;
            t.span = {f + k, f + k + 1};
            t.norm = k == 4 ? "." : "w";
            t.sentence = s;
            doc.tokens.push_back(t);
        }
        doc.sentences.push_back({{f, f + 5}, {f, f + 5}});
        ActorMention m;
        m.tokens = {f, f + 1};
        m.sentence = s;
        m.code = "IRQ";
        doc.actors.push_back(m);
        doc.clauses.push_back({{f, f + 2}, s, -1});
        doc.clauses.push_back({{f + 2, f + 5}, s, static_cast<int32_t>(doc.clauses.size() - 1)});
        doc.chunks.push_back({{f, f + 1}, ChunkKind::noun_phrase, f, static_cast<uint32_t>(2 * s)});
        doc.chunks.push_back({{f + 2, f + 4}, ChunkKind::verb_group, f + 2, static_cast<uint32_t>(2 * s + 1)});
    }
    return doc;
}

TEST(SentenceViewIndexing, CostFollowsTheSentenceNotTheDocument) {
    // A whole-document scan per sentence is 10^10 steps here (minutes); the
    // index makes it a fraction of a second even in a debug or sanitizer build.
    const Document doc = synthetic_document(100000);
    const auto start = std::chrono::steady_clock::now();
    int64_t sum = 0;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const SentenceView view(doc, s);
        for (uint32_t t = view.first(); t < view.last(); ++t)
            sum += view.actor_at(t) + view.chunk_at(t) + view.clause_at(t);
    }
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) sum += innermost_clause(doc, t);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_NE(sum, 0);
    EXPECT_LT(seconds, 10.0);
    // Spot checks on the last sentence: its own entries, found by the search.
    const SentenceView last(doc, 99999);
    EXPECT_EQ(last.actor_at(499995), 99999);
    EXPECT_EQ(last.chunk_at(499997), 199999);
    EXPECT_EQ(last.clause_at(499999), 199999);  // the full stop has no chunk
    EXPECT_EQ(innermost_clause(doc, 499996), 199998);
}

}  // namespace
}  // namespace sitrep::testing
