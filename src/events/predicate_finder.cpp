// A token may head several forms (entries in different blocks); the longest
// form that matches in the text wins, so "carried out" beats "carried".
#include "events/predicate_finder.hpp"

namespace sitrep {
namespace {

constexpr uint32_t kMaxParticleGap = 3;  // "called the talks off"

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
