// Teaches the syntax lexicon the surface forms of the verb dictionary's verbs,
// so the tagger can recognise them as verbs (its verb lexicon).
#pragma once
#include "events/verb_dictionary.hpp"
#include "syntax/lexicon.hpp"

namespace sitrep {

void add_dictionary_verb_forms(Lexicon& lexicon, const VerbDictionary& verbs);

}  // namespace sitrep
