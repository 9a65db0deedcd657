// Three steps per sentence: the candidate tags of each token (model, lexicon,
// word shape and morphology), the Viterbi pass over them, then sitrep's tags
// from the best path with the context rules the coder relies on and a bigram
// cannot see: "to" before a verb, "that" opening a clause, a lone auxiliary as
// the main verb, approximators before numbers, gerunds used as nouns,
// attributive participles, conjoined past verbs, the finite verb of a
// subordinate clause.
#include "syntax/hmm_tagger.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <vector>

namespace sitrep {
namespace {

using P = PartOfSpeech;

struct Candidate {
    PennTag tag;
    float emission;
};

// Per-thread buffers, reused from sentence to sentence (no allocation per token).
struct Scratch {
    std::vector<Candidate> candidates;
    std::vector<uint32_t> first;  // token k's candidates: [first[k], first[k + 1])
    std::vector<float> score;
    std::vector<uint32_t> back;
    std::vector<PennTag> best;               // the chosen tag of each token
    std::vector<const LexiconEntry*> entry;  // token k's lexicon entry, looked up once
};

// Readings the model never saw for a word, added from English morphology, start
// below the seen ones: only the context can make them win.
constexpr float kOtherPastForm = -1.0f;
constexpr float kGerundAsNoun = -3.0f;

using NamedTags = PennTagIds;

// The lexicon's tags that override the model: grammar words whose role sitrep
// defines itself. Its open-class preferences (noun, verb, adjective) only help
// with words the model never saw.
bool lexicon_decides(P pos) {
    return pos != P::unknown && pos != P::noun && pos != P::proper_noun && pos != P::verb && pos != P::adjective;
}

// Whether a model tag (already mapped to sitrep's tag) fits the lexicon's tag.
bool fits(P lexicon_pos, P model_pos) {
    switch (lexicon_pos) {
        case P::auxiliary:
            return model_pos == P::verb || model_pos == P::modal;
        case P::subordinator:
            return model_pos == P::preposition || model_pos == P::subordinator;
        case P::particle:
            return model_pos == P::adverb || model_pos == P::particle || model_pos == P::preposition;
        case P::adverb:
            return model_pos == P::adverb || model_pos == P::subordinator;
        case P::pronoun:
            return model_pos == P::pronoun || model_pos == P::determiner;
        default:
            return model_pos == lexicon_pos;
    }
}

void add_restricted(Scratch& s, PennEmissions tags, const PennModel& model, P wanted) {
    const size_t before = s.candidates.size();
    for (const auto& e : tags)
        if (fits(wanted, model.part_of_speech(e.tag))) s.candidates.push_back({e.tag, e.score});
    if (s.candidates.size() == before) {
        const int t = model.representative(wanted);
        s.candidates.push_back({static_cast<PennTag>(t >= 0 ? t : 0), 0.0f});
    }
}

void add_if_missing(Scratch& s, size_t from, int tag, float emission = 0.0f) {
    if (tag < 0) return;
    for (size_t k = from; k < s.candidates.size(); ++k)
        if (s.candidates[k].tag == tag) return;
    s.candidates.push_back({static_cast<PennTag>(tag), emission});
}

// A verb of sitrep's dictionaries the model never saw keeps its verb readings
// beside the word-shape guess ("the rebels shelled ..." with a rare verb).
void add_verb_readings(Scratch& s, size_t from, std::string_view w, const NamedTags& n) {
    if (w.ends_with("ed")) {
        add_if_missing(s, from, n.past);
        add_if_missing(s, from, n.participle);
    } else if (w.ends_with("ing")) {
        add_if_missing(s, from, n.gerund);
    } else if (w.ends_with("s")) {
        add_if_missing(s, from, n.third_person);
    } else {
        add_if_missing(s, from, n.base);
        add_if_missing(s, from, n.present);
    }
}

// A capitalised word inside the sentence (or an all-capitals one anywhere)
// that the model knows, as written, mostly as a name: "US", "May", "Will" are
// names there, not "us", "may", "will".
bool written_as_name(const Token& t, std::string_view surface, bool sentence_initial, const PennModel& model) {
    const bool all_capitals =
        surface.size() > 1 && std::all_of(surface.begin(), surface.end(), [](char c) { return c < 'a' || c > 'z'; });
    if (!t.capitalized || (sentence_initial && !all_capitals)) return false;
    const PennEmission* best = nullptr;
    for (const auto& e : model.word(surface, surface))
        if (!best || e.score + model.log_prior(e.tag) > best->score + model.log_prior(best->tag)) best = &e;
    return best && model.part_of_speech(best->tag) == P::proper_noun;
}

// English writes the past tense and the past participle of a regular verb the
// same way: a known -ed word seen as only one of them may be the other.
void add_regular_participle(Scratch& s, size_t from, std::string_view w, const NamedTags& n) {
    if (!w.ends_with("ed")) return;
    for (size_t k = from, end = s.candidates.size(); k < end; ++k) {
        const Candidate c = s.candidates[k];
        if (c.tag == n.past) add_if_missing(s, from, n.participle, c.emission + kOtherPastForm);
        if (c.tag == n.participle) add_if_missing(s, from, n.past, c.emission + kOtherPastForm);
    }
}

// Any -ing form can head a noun phrase after a determiner, adjective or
// possessive ("the shelling", "heavy fighting", "Israel's bombing"), even one
// the model only saw as a verb; the context decides.
void add_gerund_noun(Scratch& s, size_t from, std::string_view w, const PennModel& model, const NamedTags& n) {
    if (!w.ends_with("ing") || n.noun < 0 || s.first.size() < 2) return;
    bool modifier_before = false;
    for (size_t k = s.first[s.first.size() - 2]; k < from; ++k) {
        const P pos = model.part_of_speech(s.candidates[k].tag);
        modifier_before |= pos == P::determiner || pos == P::adjective || s.candidates[k].tag == n.possessive;
    }
    if (!modifier_before) return;
    for (size_t k = from, end = s.candidates.size(); k < end; ++k) {
        const Candidate c = s.candidates[k];
        if (c.tag == n.gerund) add_if_missing(s, from, n.noun, c.emission + kGerundAsNoun);
    }
}

// After a form of "be" or "have" (and "not", an adverb), a word that can be a
// participle is one: "has celebrated", "were shelled", "is holding".
void keep_participles(Scratch& s, size_t from, std::string_view w, const PennModel& model, const NamedTags& n) {
    bool participle = false;
    for (size_t k = from; k < s.candidates.size(); ++k) {
        const int tag = s.candidates[k].tag;
        participle |= tag == n.participle || tag == n.gerund || tag == n.past;
    }
    if (!participle && !w.ends_with("ed")) return;
    size_t out = from;
    for (size_t k = from; k < s.candidates.size(); ++k)
        if (model.part_of_speech(s.candidates[k].tag) == P::verb) s.candidates[out++] = s.candidates[k];
    s.candidates.resize(out);
    if (w.ends_with("ed")) add_if_missing(s, from, n.participle);
    if (s.candidates.size() == from) add_if_missing(s, from, n.gerund);
}

// Whether token i follows a form of "be" or "have", skipping "not" and adverbs.
bool after_be_or_have(const Document& doc, uint32_t first, uint32_t i, const Scratch& s) {
    while (i > first) {
        const Token& p = doc.tokens[--i];
        const LexiconEntry* e = s.entry[i - first];
        if (!e) return false;
        if (e->pos == P::particle || e->pos == P::adverb) continue;
        return (e->classes & (wc_passive | wc_perfect)) && p.norm != "'s";
    }
    return false;
}

// Whether token i follows a modal, skipping "not" and adverbs ("would
// automatically", "could not").
bool after_modal(const Document& doc, uint32_t first, uint32_t i, const Scratch& s) {
    while (i > first) {
        const Token& p = doc.tokens[--i];
        const LexiconEntry* e = s.entry[i - first];
        if ((e && (e->pos == P::particle || e->pos == P::adverb)) || (!e && p.norm.ends_with("ly"))) continue;
        return e && e->pos == P::modal;
    }
    return false;
}

// "the law would automatically lapse": after a modal, a bare word the model
// saw only as a singular noun is the verb's base form (a bigram across the
// adverb cannot see the modal).
void base_verb_after_modal(Scratch& s, size_t from, std::string_view w, const NamedTags& n) {
    if (w.ends_with("s") || w.ends_with("ed") || w.ends_with("ing") || s.candidates.size() == from) return;
    for (size_t k = from; k < s.candidates.size(); ++k)
        if (s.candidates[k].tag != n.noun) return;
    s.candidates.resize(from);
    add_if_missing(s, from, n.base);
}

void add_candidates(Scratch& s, const Document& doc, uint32_t first, uint32_t i, const PennModel& model,
                    const NamedTags& n) {
    const Token& t = doc.tokens[i];
    const std::string_view surface = doc.view(t.span);
    if (t.kind == TokenKind::number) {
        add_restricted(s, {}, model, P::number);
        return;
    }
    const size_t from = s.candidates.size();
    PennEmissions known = model.word(surface, t.norm);
    // "'s": the model tells the possessive from "is"/"has" ("Iraq's army", "it's over").
    if (t.norm == "'s" || t.norm == "'") {
        for (const auto& e : known)
            if (e.tag == n.possessive || e.tag == n.third_person) s.candidates.push_back({e.tag, e.score});
        if (s.candidates.size() == from) add_if_missing(s, from, n.possessive);
        return;
    }
    const LexiconEntry* entry = s.entry[i - first];
    if (entry && lexicon_decides(entry->pos)) {
        add_restricted(s, known, model, written_as_name(t, surface, i == first, model) ? P::proper_noun : entry->pos);
        return;
    }
    if (!known.empty()) {
        for (const auto& e : known) s.candidates.push_back({e.tag, e.score});
        add_regular_participle(s, from, t.norm, n);
        add_gerund_noun(s, from, t.norm, model, n);
        // A dictionary verb's -ed form the model saw only a few times, and never
        // as a verb ("abducted" as a noun): its verb readings stay open.
        if (entry && (entry->classes & wc_verb_form) && !t.capitalized && t.norm.ends_with("ed"))
            add_verb_readings(s, from, t.norm, n);
    } else if (entry && entry->pos != P::unknown && !t.capitalized) {
        add_restricted(s, model.unknown(surface), model, entry->pos);
    } else {
        // Unknown to the model: a capitalised word stays a name whatever the lexicon prefers.
        for (const auto& e : model.unknown(surface)) s.candidates.push_back({e.tag, e.score});
        if (entry && (entry->classes & wc_verb_form) && !t.capitalized) add_verb_readings(s, from, t.norm, n);
    }
    if (!t.capitalized && after_be_or_have(doc, first, i, s)) keep_participles(s, from, t.norm, model, n);
    if (!t.capitalized && !known.empty() && after_modal(doc, first, i, s)) base_verb_after_modal(s, from, t.norm, n);
}

// The likeliest tag sequence over the candidates; fills s.best.
void viterbi(Scratch& s, uint32_t n_tokens, const PennModel& model) {
    s.score.assign(s.candidates.size(), 0.0f);
    s.back.assign(s.candidates.size(), 0);
    for (uint32_t c = s.first[0]; c < s.first[1]; ++c)
        s.score[c] = model.transition(model.sentence_start(), s.candidates[c].tag) + s.candidates[c].emission;
    for (uint32_t k = 1; k < n_tokens; ++k) {
        for (uint32_t c = s.first[k]; c < s.first[k + 1]; ++c) {
            float best = -std::numeric_limits<float>::infinity();
            uint32_t arg = s.first[k - 1];
            for (uint32_t p = s.first[k - 1]; p < s.first[k]; ++p) {
                const float v = s.score[p] + model.transition(s.candidates[p].tag, s.candidates[c].tag);
                if (v > best) {
                    best = v;
                    arg = p;
                }
            }
            s.score[c] = best + s.candidates[c].emission;
            s.back[c] = arg;
        }
    }
    uint32_t c = s.first[n_tokens - 1];
    for (uint32_t k = c; k < s.first[n_tokens]; ++k)
        if (s.score[k] > s.score[c]) c = k;
    s.best.resize(n_tokens);
    for (uint32_t k = n_tokens; k-- > 0;) {
        s.best[k] = s.candidates[c].tag;
        c = s.back[c];
    }
}

P tag_of(const Token& t, PennTag best, const LexiconEntry* e, const PennModel& model, const NamedTags& n) {
    if (t.norm == "'s" || t.norm == "'") return best == n.third_person ? P::auxiliary : P::particle;  // possessive
    if (t.kind == TokenKind::punctuation || t.kind == TokenKind::symbol) return P::punctuation;
    if (t.kind == TokenKind::number) return P::number;
    if (e && lexicon_decides(e->pos) && model.part_of_speech(best) != P::proper_noun) return e->pos;
    const P pos = model.part_of_speech(best);
    return pos == P::punctuation || pos == P::other ? P::noun : pos;
}

// "that" opens a clause after a verb, noun or comma, or before a subject or verb.
bool that_opens_clause(P prev, P next) {
    const bool nominal_prev = prev == P::noun || prev == P::proper_noun || prev == P::pronoun || prev == P::number;
    return prev == P::verb || nominal_prev || prev == P::punctuation || next == P::verb || next == P::auxiliary ||
           next == P::modal || next == P::determiner || next == P::pronoun;
}

// An auxiliary with no verb within a few words after it is the main verb ("has talks").
bool verb_follows(const Document& doc, uint32_t i, uint32_t last) {
    for (uint32_t j = i + 1; j < last && j <= i + 4; ++j) {
        const P pj = doc.tokens[j].pos;
        if (pj == P::verb || pj == P::auxiliary) return true;
        if (pj != P::adverb && pj != P::particle) return false;
    }
    return false;
}

// "a new bombing and shelling offensive": an -ing word conjoined to an -ing noun is one too.
bool conjoined_gerund_noun(const Document& doc, uint32_t first, uint32_t i) {
    const Token& t = doc.tokens[i];
    if (i < first + 2 || t.pos != P::verb || !t.norm.ends_with("ing") || doc.tokens[i - 1].norm != "and") return false;
    const Token& left = doc.tokens[i - 2];
    return left.pos == P::noun && left.norm.ends_with("ing");
}

// "condemned the raid and promised aid": after a coordinator, a word the model
// saw as a past-tense verb, coming after a past-tense verb, is that verb's
// conjunct rather than an adjective of the next noun (a bigram cannot see it).
bool coordinated_past_verb(const Document& doc, uint32_t first, uint32_t i, const Scratch& s, const NamedTags& n) {
    const Token& t = doc.tokens[i];
    if (i < first + 2 || t.pos != P::adjective || doc.tokens[i - 1].pos != P::conjunction ||
        doc.tokens[i - 2].pos == P::adjective)
        return false;
    bool can_be_past = false;
    for (uint32_t c = s.first[i - first]; c < s.first[i - first + 1]; ++c) can_be_past |= s.candidates[c].tag == n.past;
    if (!can_be_past) return false;
    for (uint32_t j = i - 1; j-- > first;) {
        const P pos = doc.tokens[j].pos;
        if (pos == P::verb) return s.best[j - first] == n.past;
        if (pos == P::auxiliary || pos == P::modal || pos == P::subordinator) return false;
    }
    return false;
}

// "after leaving Eriador", "by shelling the town": a gerund as the object of a
// preposition is a nominal form, not the finite verb of a clause. "being" and
// "having" stay auxiliaries: "after being shot" is a passive.
bool gerund_after_preposition(const Document& doc, uint32_t first, uint32_t i, const Scratch& s, const NamedTags& n) {
    if (i == first || s.best[i - first] != n.gerund || doc.tokens[i].pos == P::auxiliary) return false;
    const Token& prev = doc.tokens[i - 1];
    return prev.pos == P::preposition && prev.norm != "to";
}

// "a phased withdrawal", "the affected villages", "Iraq's embattled leader",
// "a visibly shaken mayor": a participle between a determiner (or adjective,
// possessive; adverbs may come between) and a noun modifies the noun.
bool attributive_participle(const Document& doc, uint32_t first, uint32_t i, uint32_t last, const Scratch& s,
                            const NamedTags& n) {
    const int tag = s.best[i - first];
    if (i == first || i + 1 >= last || (tag != n.participle && tag != n.past)) return false;
    uint32_t k = i - 1;
    while (k > first && doc.tokens[k].pos == P::adverb) --k;
    const Token& prev = doc.tokens[k];
    const P next = doc.tokens[i + 1].pos;
    const bool modifier_slot = prev.pos == P::determiner || prev.pos == P::adjective ||
                               (prev.pos == P::particle && (prev.norm == "'s" || prev.norm == "'"));
    return modifier_slot && (next == P::noun || next == P::proper_noun || next == P::adjective);
}

// "Turkish troops, which entered Syria last week, attacked ...", "people who
// support independence": right after a relative pronoun (and adverbs), a word
// that can be a finite verb is the relative clause's verb, not the head of a
// noun phrase the chunker would fold the pronoun into. Not after "whose"
// ("whose forces"), a determiner.
bool relative_clause_verb(const Document& doc, uint32_t first, uint32_t i, const Scratch& s, const NamedTags& n) {
    const P pos = doc.tokens[i].pos;
    if (pos == P::auxiliary || pos == P::modal) return false;
    uint32_t j = i;
    while (j > first && doc.tokens[j - 1].pos == P::adverb) --j;
    if (j == first || doc.tokens[j - 1].norm == "whose" || !s.entry[j - 1 - first] ||
        !(s.entry[j - 1 - first]->classes & wc_relative))
        return false;
    if (pos == P::verb) return true;  // kept against the attributive-participle rule
    for (uint32_t c = s.first[i - first]; c < s.first[i - first + 1]; ++c) {
        const int tag = s.candidates[c].tag;
        if (tag == n.past || tag == n.third_person || tag == n.present) return true;
    }
    return false;
}

// "as the war in Gaza intensifies, ...": a clause opened by a subordinating
// conjunction has a finite verb before its comma. When the best path found
// none, the last noun there that can be a finite verb is the verb (unless a
// determiner or preposition shows it heads a noun phrase).
void give_subordinate_clause_its_verb(Document& doc, uint32_t first, uint32_t last, const Scratch& s,
                                      const NamedTags& n) {
    for (uint32_t i = first; i < last; ++i) {
        if (doc.tokens[i].pos != P::subordinator || !s.entry[i - first] ||
            !(s.entry[i - first]->classes & wc_subordinate))
            continue;
        uint32_t end = i + 1;
        bool has_verb = false;
        while (end < last && doc.tokens[end].norm != "," && doc.tokens[end].pos != P::subordinator) {
            const P pos = doc.tokens[end].pos;
            has_verb |= pos == P::verb || pos == P::auxiliary || pos == P::modal;
            ++end;
        }
        if (has_verb || end >= last || doc.tokens[end].norm != ",") continue;
        for (uint32_t j = end; j-- > i + 2;) {
            if (doc.tokens[j].pos != P::noun) continue;
            const P before = doc.tokens[j - 1].pos;
            if (before == P::determiner || before == P::preposition || before == P::subordinator) break;
            for (uint32_t c = s.first[j - first]; c < s.first[j - first + 1]; ++c)
                if (s.candidates[c].tag == n.third_person || s.candidates[c].tag == n.past) doc.tokens[j].pos = P::verb;
            break;
        }
        i = end;
    }
}

// "about 2,500 troops", and "up to 100 people", "more than 5,000 rockets" with
// both words: an adverb of the number phrase, not a preposition governing it.
bool approximates_number(const Document& doc, uint32_t first, uint32_t i, uint32_t last, const Scratch& s) {
    auto approximator = [&](uint32_t k) {
        return s.entry[k - first] && (s.entry[k - first]->classes & wc_approximator);
    };
    auto number = [&](uint32_t k) { return k < last && doc.tokens[k].kind == TokenKind::number; };
    auto link = [&](uint32_t k) { return k < last && (doc.tokens[k].norm == "to" || doc.tokens[k].norm == "than"); };
    if (link(i)) return i > first && approximator(i - 1) && number(i + 1);
    if (!approximator(i)) return false;
    return number(i + 1) || (link(i + 1) && number(i + 2));
}

// "The UAE normalised relations with Israel", "officials said Bahrain
// normalised ties": a clause the best path left without any verb still has
// one. An -ed word the bigram folded into the subject's noun phrase (read as
// a noun or adjective after a noun or name), that can be a past tense and has
// words after it, is the finite verb. Clauses here are the stretches between
// commas, coordinators, subordinators and reporting verbs. A time adverb may
// come between ("the military today surrounded parliament").
void give_stretch_its_verb(Document& doc, uint32_t first, uint32_t from, uint32_t to, const Scratch& s,
                           const NamedTags& n) {
    for (uint32_t i = from; i < to; ++i) {
        const P pos = doc.tokens[i].pos;
        if (pos == P::verb || pos == P::auxiliary || pos == P::modal) return;
    }
    for (uint32_t i = from + 1; i + 1 < to; ++i) {
        Token& t = doc.tokens[i];
        const P before = doc.tokens[i - 1].pos;
        const LexiconEntry* before_entry = s.entry[i - 1 - first];
        const bool time_adverb = before == P::adverb && before_entry && (before_entry->classes & wc_time_noun);
        if ((t.pos != P::noun && t.pos != P::adjective) || t.capitalized || !t.norm.ends_with("ed") ||
            (before != P::noun && before != P::proper_noun && !time_adverb) ||
            doc.tokens[i + 1].kind == TokenKind::punctuation)
            continue;
        for (uint32_t c = s.first[i - first]; c < s.first[i - first + 1]; ++c)
            if (s.candidates[c].tag == n.past) t.pos = P::verb;
        return;
    }
}

void give_clauses_their_verbs(Document& doc, uint32_t first, uint32_t last, const Scratch& s, const NamedTags& n) {
    uint32_t from = first;
    for (uint32_t i = first; i <= last; ++i) {
        bool boundary = i == last;
        if (!boundary) {
            const Token& t = doc.tokens[i];
            const LexiconEntry* e = s.entry[i - first];
            boundary = t.norm == "," || t.norm == ";" || t.norm == ":" || t.pos == P::conjunction ||
                       t.pos == P::subordinator || (t.pos == P::verb && e && (e->classes & wc_report));
        }
        if (!boundary) continue;
        if (i > from) give_stretch_its_verb(doc, first, from, i, s, n);
        from = i + 1;
    }
}

// "US strikes killed ten", "as street battles raged": an -s word after a noun
// or name, directly followed by a past tense, is a plural noun (the subject's
// head), not a present-tense verb: two finite verbs do not follow each other.
bool plural_noun_before_past(const Document& doc, uint32_t first, uint32_t i, uint32_t last, const Scratch& s,
                             const NamedTags& n) {
    if (i == first || i + 1 >= last || s.best[i - first] != n.third_person) return false;
    const int next = s.best[i + 1 - first];
    if (next != n.past && next != n.participle) return false;
    const P before = doc.tokens[i - 1].pos;
    if (before != P::noun && before != P::proper_noun && before != P::adjective) return false;
    auto can_be = [&](uint32_t k, int tag) {
        for (uint32_t c = s.first[k - first]; c < s.first[k - first + 1]; ++c)
            if (s.candidates[c].tag == tag) return true;
        return false;
    };
    return can_be(i, n.plural_noun) && can_be(i + 1, n.past);
}

// "declared war after the militant group launched an attack", "before UN troops
// arrived": a word that may open a clause (subordinate class: after, before,
// since, until) read as a preposition, whose noun phrase is followed at once by
// a finite verb, is a subordinator: the noun phrase is that verb's subject.
void subordinators_before_clauses(Document& doc, uint32_t first, uint32_t last, const Scratch& s, const NamedTags& n) {
    constexpr uint32_t kMaxPhrase = 8;  // words of the subject's noun phrase
    for (uint32_t i = first; i + 2 < last; ++i) {
        Token& t = doc.tokens[i];
        if (t.pos != P::preposition || t.norm == "as" || !s.entry[i - first] ||
            !(s.entry[i - first]->classes & wc_subordinate))
            continue;
        uint32_t j = i + 1;
        bool head = false;  // a noun, name or pronoun seen
        while (j < last && j < i + 1 + kMaxPhrase) {
            const Token& w = doc.tokens[j];
            const P pos = w.pos;
            if (pos == P::noun || pos == P::proper_noun || pos == P::pronoun)
                head = true;
            else if (!(pos == P::determiner || pos == P::adjective || pos == P::number ||
                       (pos == P::particle && (w.norm == "'s" || w.norm == "'"))))
                break;
            ++j;
        }
        if (!head || j >= last) continue;
        const P verb = doc.tokens[j].pos;
        const int tag = s.best[j - first];
        if (verb == P::auxiliary || verb == P::modal ||
            (verb == P::verb && (tag == n.past || tag == n.third_person || tag == n.present)))
            t.pos = P::subordinator;
    }
}

void apply_context_rules(Document& doc, uint32_t first, uint32_t last, const Scratch& s, const NamedTags& n) {
    for (uint32_t i = first; i < last; ++i) {
        Token& t = doc.tokens[i];
        const P prev = i > first ? doc.tokens[i - 1].pos : P::punctuation;
        const P next = i + 1 < last ? doc.tokens[i + 1].pos : P::punctuation;
        if (approximates_number(doc, first, i, last, s)) {
            t.pos = P::adverb;  // "about 2,500 troops", "up to 100"
        } else if (relative_clause_verb(doc, first, i, s, n)) {
            t.pos = P::verb;
        } else if (conjoined_gerund_noun(doc, first, i) || gerund_after_preposition(doc, first, i, s, n) ||
                   plural_noun_before_past(doc, first, i, last, s, n)) {
            t.pos = P::noun;
        } else if (attributive_participle(doc, first, i, last, s, n)) {
            t.pos = P::adjective;
        } else if (coordinated_past_verb(doc, first, i, s, n)) {
            t.pos = P::verb;
        } else if (t.norm == "to" && t.pos == P::preposition && i + 1 < last) {
            const int next_tag = s.best[i + 1 - first];
            if (next_tag == n.base || next_tag == n.present) t.pos = P::particle;  // infinitive
        } else if (t.norm == "that" && t.pos == P::determiner) {
            if (that_opens_clause(prev, next)) t.pos = P::subordinator;
        } else if (t.pos == P::auxiliary && !verb_follows(doc, i, last)) {
            t.pos = P::verb;
        }
    }
}

}  // namespace

void tag_sentence_with_model(Document& doc, const Sentence& sentence, const Lexicon& lexicon, const PennModel& model) {
    const uint32_t first = sentence.tokens.first;
    const uint32_t last = std::min<uint32_t>(sentence.tokens.last, static_cast<uint32_t>(doc.tokens.size()));
    if (first >= last) return;
    thread_local Scratch s;
    const NamedTags& named = model.ids();
    s.candidates.clear();
    s.first.clear();
    s.entry.clear();
    for (uint32_t i = first; i < last; ++i) s.entry.push_back(lexicon.find(doc.tokens[i].norm));
    for (uint32_t i = first; i < last; ++i) {
        s.first.push_back(static_cast<uint32_t>(s.candidates.size()));
        add_candidates(s, doc, first, i, model, named);
    }
    s.first.push_back(static_cast<uint32_t>(s.candidates.size()));
    viterbi(s, last - first, model);
    for (uint32_t i = first; i < last; ++i)
        doc.tokens[i].pos = tag_of(doc.tokens[i], s.best[i - first], s.entry[i - first], model, named);
    apply_context_rules(doc, first, last, s, named);
    give_subordinate_clause_its_verb(doc, first, last, s, named);
    give_clauses_their_verbs(doc, first, last, s, named);
    subordinators_before_clauses(doc, first, last, s, named);
}

}  // namespace sitrep
