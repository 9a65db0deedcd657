// Splits a chunked sentence into clauses: at ";", at ", and"/", but" before a
// new subject, at subordinators, relative pronouns, "that"-complements and the
// complements of reporting verbs, and at a trailing ", X said". Each clause
// records the clause that governs it, so the coder can find the subject of a
// conjoined verb or the speaker of reported words.
#pragma once
#include "core/document.hpp"
#include "syntax/lexicon.hpp"

namespace sitrep {

// Appends the clauses of one sentence and sets Chunk::clause for its chunks
// (those from index `first_chunk` on).
void split_clauses(Document& doc, const Sentence& sentence, uint32_t sentence_index, size_t first_chunk,
                   const Lexicon& lexicon);

}  // namespace sitrep
