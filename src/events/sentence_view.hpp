// Per-sentence indexes the event coder needs over the Document's layers:
// which actor mention starts at or covers a token, which chunk and clause a
// token belongs to, and the subject of a clause. Built once per sentence, in
// time proportional to the sentence (not the document): it relies on the
// layers being in text order, sentence by sentence (actors and clauses sorted
// by their `sentence`, chunks by token and not overlapping), as the stages
// write them.
#pragma once
#include <cstdint>
#include <vector>

#include "core/document.hpp"
#include "syntax/lexicon.hpp"

namespace sitrep {

class SentenceView {
public:
    SentenceView(const Document& doc, uint32_t sentence_index);

    const Document& doc() const { return doc_; }
    uint32_t first() const { return first_; }
    uint32_t last() const { return last_; }

    // Index into doc.actors of the mention covering token t, or -1.
    int32_t actor_at(uint32_t t) const { return t >= first_ && t < last_ ? actor_of_token_[t - first_] : -1; }
    // Index into doc.chunks of the chunk holding token t, or -1.
    int32_t chunk_at(uint32_t t) const { return t >= first_ && t < last_ ? chunk_of_token_[t - first_] : -1; }
    // Index into doc.clauses of the clause holding token t, or -1.
    int32_t clause_at(uint32_t t) const;

    // Token range of a clause index.
    TokenRange clause_tokens(int32_t clause) const;

    // Actors conjoined with `actor` by "and" / "," in text order, starting with
    // `actor` itself ("The United States and Iraq" -> both).
    std::vector<int32_t> conjoined(int32_t actor) const;

    // Subject of clause `clause`: the first actor in a noun phrase before token
    // `before` (not inside a prepositional phrase), or -1. When `nearest` is set
    // the nearest such actor is taken instead (relative clauses).
    int32_t subject_before(int32_t clause, uint32_t before, bool nearest) const;

    // Whether the clause contains a reporting verb (from the lexicon).
    bool clause_reports(int32_t clause, const Lexicon& lexicon) const;

private:
    const Document& doc_;
    uint32_t first_ = 0, last_ = 0;
    std::vector<int32_t> actor_of_token_;
    std::vector<int32_t> chunk_of_token_;
    size_t clauses_first_ = 0, clauses_last_ = 0;  // this sentence's clauses in doc.clauses
};

}  // namespace sitrep
