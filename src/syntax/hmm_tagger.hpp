// Part-of-speech tagging with a trained bigram model (penn_model.hpp): a
// Viterbi pass finds the likeliest Penn tag sequence of the sentence, each
// token restricted to the tags the model saw it with (or its unknown-word
// class's), so the cost is linear in the sentence. sitrep's own lexicon still
// decides where it knows better: its closed-class words (determiners,
// prepositions, auxiliaries, modals, particles, "to", "that") keep their tag,
// which also constrains their neighbours, and a dictionary verb form the model
// never saw may be a verb.
#pragma once
#include "core/document.hpp"
#include "syntax/lexicon.hpp"
#include "syntax/penn_model.hpp"

namespace sitrep {

// Fills Token::pos for the tokens of one sentence.
void tag_sentence_with_model(Document& doc, const Sentence& sentence, const Lexicon& lexicon, const PennModel& model);

}  // namespace sitrep
