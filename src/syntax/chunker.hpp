// Shallow chunks over tagged tokens: noun phrases, verb groups (with their
// auxiliaries, modals, negation and infinitive "to") and prepositional
// phrases (the preposition with the noun phrase it governs).
#pragma once
#include "core/document.hpp"

namespace sitrep {

// Appends the chunks of one tagged sentence to doc.chunks (clause left 0).
void chunk_sentence(Document& doc, const Sentence& sentence);

}  // namespace sitrep
