// Part-of-speech tagging. With the lexicon's trained model (hmm_tagger.hpp), a
// Viterbi pass; without it, the fallback described here. Tagging from the text alone: the lexicon's closed-class words
// and preferred tags, verb forms from the verb dictionaries, word shape
// (capitals, suffixes) and a few context rules ("to"/modal -> verb, determiner
// -> noun). Coarse on purpose: the coder needs verbs, nouns and clause words.
#pragma once
#include "core/document.hpp"
#include "syntax/lexicon.hpp"

namespace sitrep {

// Fills Token::pos for the tokens of one sentence.
void tag_sentence(Document& doc, const Sentence& sentence, const Lexicon& lexicon);

}  // namespace sitrep
