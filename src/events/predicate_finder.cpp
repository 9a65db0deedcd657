// A token may head several forms (entries in different blocks); the longest
// form that matches in the text wins, so "carried out" beats "carried".
#include "events/predicate_finder.hpp"

namespace sitrep {
namespace {

constexpr uint32_t kMaxParticleGap = 3;  // "called the talks off"

// What may stand between the words of a native multi-word form: modifiers
// ("expressed deep concern", "carried swiftly out", "voiced their concern"),
// and before a particle also its object ("called the talks off"). Never an
// actor or a verb: "threatened Iran with retaliation" is no "threaten
// retaliation" that swallows its target.
// A modifier inside the noun phrase of the form's next word may be anything
// ("cooperate with UN inspectors"), and quotation marks are no words.
bool may_intervene(const SentenceView& view, uint32_t t, uint32_t word, bool before_particle) {
    using P = PartOfSpeech;
    const Document& doc = view.doc();
    const int32_t chunk = view.chunk_at(word);
    if (chunk >= 0 && chunk == view.chunk_at(t) && doc.chunks[chunk].kind != ChunkKind::verb_group) return true;
    const std::string_view norm = doc.tokens[t].norm;
    if (!norm.empty() && norm.find_first_not_of("'\"") == std::string_view::npos) return true;
    if (view.actor_at(t) >= 0) return false;
    switch (doc.tokens[t].pos) {
        case P::adverb:
        case P::adjective:
        case P::determiner:
        case P::number:
            return true;
        case P::pronoun:
        case P::noun:
            return before_particle;
        default:
            return false;
    }
}

// A phrasal verb's particle ("off", "out", "up"): a word the tagger does not
// read as a noun or verb.
bool is_particle(const Token& t) {
    using P = PartOfSpeech;
    return t.pos == P::preposition || t.pos == P::adverb || t.pos == P::particle;
}

bool accepts(const Token& t, VerbEntryKind kind) {
    using P = PartOfSpeech;
    if (kind == VerbEntryKind::verb) return t.pos == P::verb;
    return t.pos == P::noun || t.pos == P::proper_noun || t.pos == P::adjective;
}

// Matches the form's words around the head at token h; sets [first, last).
bool form_matches(const VerbForm& form, const SentenceView& view, uint32_t h, uint32_t& first, uint32_t& last) {
    const auto& tokens = view.doc().tokens;
    if (form.head >= form.words.size() || h < view.first() + form.head) return false;
    first = h - form.head;
    for (uint32_t k = 0; k < form.head; ++k)
        if (tokens[first + k].norm != form.words[k]) return false;
    uint32_t pos = h + 1;
    for (size_t k = form.head + 1u; k < form.words.size(); ++k) {
        bool found = false;
        uint32_t gap = form.consecutive ? 0 : kMaxParticleGap;
        for (uint32_t at = pos; at < view.last() && at <= pos + gap; ++at) {
            if (tokens[at].norm == form.words[k]) {
                // Nouns and pronouns in the gap only before a particle that ends the form.
                bool ok = true;
                const bool particle = k + 1 == form.words.size() && is_particle(tokens[at]);
                for (uint32_t g = pos; g < at && ok; ++g) ok = may_intervene(view, g, at, particle);
                if (!ok) break;
                pos = at + 1;
                found = true;
                break;
            }
            if (tokens[at].pos == PartOfSpeech::punctuation) break;
        }
        if (!found) return false;
    }
    last = pos;
    return true;
}

}  // namespace

std::vector<Predicate> find_predicates(const SentenceView& view, const VerbDictionary& verbs) {
    std::vector<Predicate> out;
    const auto& tokens = view.doc().tokens;
    uint32_t covered_until = view.first();
    for (uint32_t t = view.first(); t < view.last(); ++t) {
        if (t < covered_until) continue;  // inside the previous multi-word form
        auto refs = verbs.forms_of(tokens[t].norm);
        if (refs.empty()) continue;
        Predicate best;
        size_t best_words = 0;
        for (const VerbFormRef& ref : refs) {
            const VerbEntry& entry = verbs.entries()[ref.entry];
            if (!accepts(tokens[t], entry.kind)) continue;
            const VerbForm& form = entry.forms[ref.form];
            uint32_t first = 0, last = 0;
            if (!form_matches(form, view, t, first, last)) continue;
            if (form.words.size() > best_words) {
                best_words = form.words.size();
                best = {ref.entry, ref.form, t, first, last, entry.kind == VerbEntryKind::noun};
            }
        }
        if (best_words == 0) continue;
        out.push_back(best);
        if (best.last > t + 1) covered_until = best.last;
    }
    return out;
}

}  // namespace sitrep
