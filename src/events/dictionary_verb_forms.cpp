// Only the inflected head word is added: particles ("out" of "carry out") are
// ordinary words whose tag the lexicon already knows.
#include "events/dictionary_verb_forms.hpp"

namespace sitrep {

void add_dictionary_verb_forms(Lexicon& lexicon, const VerbDictionary& verbs) {
    for (const VerbEntry& entry : verbs.entries()) {
        if (entry.kind != VerbEntryKind::verb) continue;
        for (const VerbForm& form : entry.forms)
            if (form.head < form.words.size()) lexicon.add_verb_form(form.words[form.head]);
    }
}

}  // namespace sitrep
