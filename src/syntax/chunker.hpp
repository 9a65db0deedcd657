// Shallow chunks over tagged tokens: noun phrases, verb groups (with their
// auxiliaries, modals, negation and infinitive "to") and prepositional
// phrases (the preposition with the noun phrase it governs).
#pragma once
#include "core/document.hpp"
#include "syntax/lexicon.hpp"

namespace sitrep {

// Appends the chunks of one tagged sentence to doc.chunks (clause left 0).
// The lexicon names the quantity nouns ("thousands of X") whose "of" phrase
// joins their noun phrase.
void chunk_sentence(Document& doc, const Sentence& sentence, const Lexicon& lexicon);

}  // namespace sitrep
