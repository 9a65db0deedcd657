// With a trained model loaded, tagging is hmm_tagger.cpp's. Without one (the
// Debian package absent), the rule tagger below works in two passes over a
// sentence: a context-free guess per token, then context rules that settle
// noun/verb ambiguity and "to"/"that".
#include "syntax/tagger.hpp"

#include <string_view>

#include "syntax/hmm_tagger.hpp"

namespace sitrep {
namespace {

using P = PartOfSpeech;

// A suffix after a stem of at least two letters ("-ly" in "only" is no adverb ending).
bool suffix_after_stem(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() + 1 && s.ends_with(suffix);
}

bool is_nominal(P p) {
    return p == P::noun || p == P::proper_noun || p == P::pronoun || p == P::number;
}

// Guess from word shape when the lexicon has nothing.
P guess_from_shape(const Token& t, bool sentence_initial) {
    std::string_view w = t.norm;
    if (t.capitalized && !sentence_initial) return P::proper_noun;
    if (suffix_after_stem(w, "ly")) return P::adverb;
    if (suffix_after_stem(w, "tion") || suffix_after_stem(w, "sion") || suffix_after_stem(w, "ment") ||
        suffix_after_stem(w, "ness") || suffix_after_stem(w, "ity") || suffix_after_stem(w, "ism") ||
        suffix_after_stem(w, "ship") || suffix_after_stem(w, "ance") || suffix_after_stem(w, "ence"))
        return P::noun;
    if (suffix_after_stem(w, "ous") || suffix_after_stem(w, "ive") || suffix_after_stem(w, "ful") ||
        suffix_after_stem(w, "less") || suffix_after_stem(w, "able") || suffix_after_stem(w, "ible") ||
        suffix_after_stem(w, "ical") || suffix_after_stem(w, "ian") || suffix_after_stem(w, "ese"))
        return P::adjective;
    if (t.capitalized) return P::proper_noun;  // sentence-initial capitalised unknown word
    if (suffix_after_stem(w, "ing") || suffix_after_stem(w, "ed")) return P::verb;
    return P::noun;
}

P initial_tag(const Token& t, const Lexicon& lexicon, bool sentence_initial, bool& from_verb_form) {
    from_verb_form = false;
    if (t.kind == TokenKind::punctuation || t.kind == TokenKind::symbol) {
        if (t.norm == "'s" || t.norm == "'") return P::particle;  // possessive marker
        return P::punctuation;
    }
    if (t.kind == TokenKind::number) return P::number;
    const LexiconEntry* e = lexicon.find(t.norm);
    if (e && e->pos != P::unknown) return e->pos;
    if (t.capitalized && !sentence_initial) return P::proper_noun;
    if (e && (e->classes & wc_verb_form)) {
        from_verb_form = true;
        return P::verb;
    }
    return guess_from_shape(t, sentence_initial);
}

}  // namespace

void tag_sentence(Document& doc, const Sentence& sentence, const Lexicon& lexicon) {
    if (const PennModel* model = lexicon.model()) {
        tag_sentence_with_model(doc, sentence, lexicon, *model);
        return;
    }
    const uint32_t first = sentence.tokens.first;
    const uint32_t last = std::min<uint32_t>(sentence.tokens.last, static_cast<uint32_t>(doc.tokens.size()));
    if (first >= last) return;
    // Bit per token (relative index) for "tag came from a verb form, may be a noun";
    // long sentences beyond the mask simply keep their first guess.
    constexpr uint32_t kMaskBits = 256;
    uint64_t ambiguous[kMaskBits / 64] = {0, 0, 0, 0};
    for (uint32_t i = first; i < last; ++i) {
        bool from_verb_form = false;
        doc.tokens[i].pos = initial_tag(doc.tokens[i], lexicon, i == first, from_verb_form);
        if (from_verb_form && i - first < kMaskBits) ambiguous[(i - first) / 64] |= 1ull << ((i - first) % 64);
    }
    auto is_ambiguous = [&](uint32_t i) {
        return i - first < kMaskBits && (ambiguous[(i - first) / 64] >> ((i - first) % 64)) & 1ull;
    };
    auto norm = [&](uint32_t i) -> std::string_view { return doc.tokens[i].norm; };

    for (uint32_t i = first; i < last; ++i) {
        Token& t = doc.tokens[i];
        P prev = i > first ? doc.tokens[i - 1].pos : P::punctuation;
        std::string_view prev_word = i > first ? norm(i - 1) : std::string_view{};
        P next = i + 1 < last ? doc.tokens[i + 1].pos : P::punctuation;
        bool verb_form_here = lexicon.is(t.norm, wc_verb_form);

        // "to" + verb form: an infinitive; otherwise "to" stays a preposition.
        if (t.norm == "to" && i + 1 < last && lexicon.is(norm(i + 1), wc_verb_form) &&
            doc.tokens[i + 1].pos != P::determiner) {
            t.pos = P::particle;
            continue;
        }
        if (prev_word == "to" && prev == P::particle && verb_form_here) {
            t.pos = P::verb;
            continue;
        }
        // After a modal or "did"/"will" + optional "not": a verb.
        if ((prev == P::modal || (prev == P::particle && i >= first + 2 &&
                                  (doc.tokens[i - 2].pos == P::modal || doc.tokens[i - 2].pos == P::auxiliary))) &&
            (verb_form_here || t.pos == P::noun)) {
            t.pos = P::verb;
            continue;
        }
        if (prev == P::auxiliary && (is_ambiguous(i) || t.norm.ends_with("ed") || t.norm.ends_with("ing")) &&
            t.pos != P::proper_noun) {
            t.pos = P::verb;
            continue;
        }
        // An unknown -ing/-ed word right after a determiner is a noun ("a hafling").
        if (!is_ambiguous(i) && t.pos == P::verb && prev == P::determiner && !lexicon.find(t.norm)) {
            t.pos = P::noun;
            continue;
        }
        // A gerund after "a new", "the heavy": a noun ("a new bombing and shelling
        // offensive"), as is the -ing word conjoined to it.
        if (t.pos == P::verb && t.norm.ends_with("ing") && prev == P::adjective && i >= first + 2 &&
            doc.tokens[i - 2].pos == P::determiner) {
            t.pos = P::noun;
            continue;
        }
        if (t.pos == P::verb && t.norm.ends_with("ing") && prev_word == "and" && i >= first + 2 &&
            doc.tokens[i - 2].pos == P::noun && doc.tokens[i - 2].norm.ends_with("ing")) {
            t.pos = P::noun;
            continue;
        }
        // A participle between a preposition and a name modifies it ("against besieged Sarajevo").
        if (t.pos == P::verb && t.norm.ends_with("ed") && prev == P::preposition && next == P::proper_noun) {
            t.pos = P::adjective;
            continue;
        }
        if (is_ambiguous(i)) {
            // A determiner, adjective, preposition or possessive before it: a noun.
            if (prev == P::determiner || prev == P::adjective || prev == P::number ||
                (prev == P::preposition && prev_word != "to") || (prev == P::particle && prev_word == "'s")) {
                t.pos = P::noun;
                continue;
            }
            // Inside a noun phrase after the clause already has its verb, a verb form
            // preceded by a noun or unknown word is a noun ("clash ... during a brief
            // private visit to"): walk back over the phrase to its determiner.
            if (prev == P::noun || prev == P::adjective || prev == P::proper_noun) {
                uint32_t k = i;
                while (k > first && (doc.tokens[k - 1].pos == P::noun || doc.tokens[k - 1].pos == P::adjective ||
                                     doc.tokens[k - 1].pos == P::proper_noun))
                    --k;
                const P before_phrase = k > first ? doc.tokens[k - 1].pos : P::punctuation;
                if (before_phrase == P::determiner || before_phrase == P::preposition) {
                    bool verb_before = false;
                    for (uint32_t j = first; j + 1 < k; ++j)
                        if (doc.tokens[j].pos == P::verb) verb_before = true;
                    if (verb_before) {
                        t.pos = P::noun;
                        continue;
                    }
                }
            }
            // A bare or -s form directly followed by a finite verb is a noun ("US strikes killed").
            if (i + 1 < last && next == P::verb && !t.norm.ends_with("ed") && is_nominal(prev) &&
                (doc.tokens[i + 1].norm.ends_with("ed") || lexicon.pos(norm(i + 1)) == P::verb)) {
                t.pos = P::noun;
                continue;
            }
        }
        // "that": a clause opener after a verb, noun or comma; otherwise a determiner.
        if (t.norm == "that") {
            bool opens_clause = prev == P::verb || is_nominal(prev) || prev == P::punctuation || next == P::verb ||
                                next == P::auxiliary || next == P::modal || next == P::determiner || next == P::pronoun;
            t.pos = opens_clause ? P::subordinator : P::determiner;
            continue;
        }
        // "as" and "after"-like words: subordinators only when listed; keep lexicon tag.
        // An auxiliary with no verb after it within a few words is the main verb ("has talks").
        if (t.pos == P::auxiliary) {
            bool verb_follows = false;
            for (uint32_t j = i + 1; j < last && j <= i + 4; ++j) {
                P pj = doc.tokens[j].pos;
                std::string_view wj = norm(j);
                if (pj == P::verb || lexicon.is(wj, wc_verb_form) || wj.ends_with("ed") || wj.ends_with("ing") ||
                    pj == P::auxiliary) {
                    verb_follows = true;
                    break;
                }
                if (pj != P::adverb && pj != P::particle) break;
            }
            if (!verb_follows) t.pos = P::verb;
        }
    }
}

}  // namespace sitrep
