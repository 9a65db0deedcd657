// Subject pronouns as actors; see the header for what each refers to. Work is done
// only at pronoun tokens, looking back over the mentions of three sentences at most.
#include "actors/pronoun_actors.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

namespace sitrep {
namespace {

// The pronouns themselves are grammar, not names, so they live here (as the words of
// actor_country_stage.cpp do). Object forms ("him", "them") are left out: an object
// pronoun often refers to the subject's victim, which the nearest mention is not.
enum class Pronoun { none, person, group, thing };

Pronoun pronoun_of(std::string_view norm) {
    if (norm == "he" || norm == "she") return Pronoun::person;
    if (norm == "they") return Pronoun::group;
    if (norm == "it") return Pronoun::thing;
    return Pronoun::none;
}

// How many sentences before the pronoun's own an antecedent may be in.
constexpr uint32_t kPreviousSentences = 2;
// Adverbs between a subject pronoun and its verb ("he also condemned").
constexpr int kMaxAdverbs = 2;
// Auxiliaries and modals before the verb ("it would not expel", "he has been").
constexpr int kMaxAuxiliaries = 3;

std::string join(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts) out.append(p);
    return out;
}

class DocumentCoder {
public:
    DocumentCoder(const PronounActorResources& res, Document& doc) : res_(res), doc_(doc) {}

    void run() {
        size_t next_actor = 0;  // doc_.actors[0, next_actor) start before the token
        for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
            while (next_actor < doc_.actors.size() && doc_.actors[next_actor].tokens.first < t) ++next_actor;
            const Pronoun p = pronoun_of(doc_.tokens[t].norm);
            if (p == Pronoun::none) continue;
            if (next_actor < doc_.actors.size() && doc_.actors[next_actor].tokens.first == t) continue;  // a name
            if (next_actor > 0 && doc_.actors[next_actor - 1].tokens.last > t) continue;  // inside a mention
            if (!subject_of_verb(t, p)) continue;
            resolve(t, p, next_actor);
        }
        if (added_.empty()) return;
        std::vector<ActorMention> all;
        all.reserve(doc_.actors.size() + added_.size());
        std::merge(std::make_move_iterator(doc_.actors.begin()), std::make_move_iterator(doc_.actors.end()),
                   std::make_move_iterator(added_.begin()), std::make_move_iterator(added_.end()),
                   std::back_inserter(all),
                   [](const ActorMention& a, const ActorMention& b) { return a.tokens.first < b.tokens.first; });
        doc_.actors = std::move(all);
    }

private:
    // Whether the pronoun at `t` is the subject of a verb: a verb, auxiliary or modal
    // follows, past at most two adverbs. "it" must not be the empty subject of "be",
    // "seem" and the like, also after auxiliaries ("it would be", "it has become").
    bool subject_of_verb(uint32_t t, Pronoun p) const {
        const uint32_t end = doc_.sentences[doc_.tokens[t].sentence].tokens.last;
        uint32_t u = t + 1;
        for (int adverbs = 0; u < end && doc_.tokens[u].pos == PartOfSpeech::adverb && adverbs < kMaxAdverbs; ++adverbs)
            ++u;
        if (u >= end) return false;
        const PartOfSpeech pos = doc_.tokens[u].pos;
        if (pos != PartOfSpeech::verb && pos != PartOfSpeech::auxiliary && pos != PartOfSpeech::modal) return false;
        if (p != Pronoun::thing) return true;
        for (int k = 0; u < end && k <= kMaxAuxiliaries; ++u) {
            const Token& tok = doc_.tokens[u];
            if (res_.is_expletive_verb && res_.is_expletive_verb(tok.norm)) return false;
            if (tok.pos == PartOfSpeech::verb) return true;
            if (tok.pos == PartOfSpeech::auxiliary || tok.pos == PartOfSpeech::modal) ++k;
            else if (tok.pos != PartOfSpeech::adverb) return false;
        }
        return false;
    }

    bool is_plural_word(const Token& tok) const {
        const std::string_view w = tok.norm;
        if (res_.is_plural_noun && res_.is_plural_noun(w)) return true;
        return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
               !w.ends_with("'s");
    }
    bool is_person_word(const Token& tok) const { return res_.is_person_noun && res_.is_person_noun(tok.norm); }

    // "the president", "a senior official", "President Clinton", "Foreign Minister
    // Kozyrev": a noun for one person, last or followed only by a capitalised name; or
    // a dictionary actor with a role written as a name ("Karadzic"), whose country was
    // not inferred (agents "the Foreign Ministry" take theirs from context).
    bool is_person(const ActorMention& m) const {
        bool name_only = true;
        for (uint32_t t = m.tokens.last; t > m.tokens.first; --t) {
            const Token& tok = doc_.tokens[t - 1];
            if (is_person_word(tok)) return true;
            if (!tok.capitalized || tok.kind != TokenKind::word) name_only = false;
            if (!name_only) break;
        }
        // A person's code is a country and one role (USAGOV); a group's or an
        // organisation's carries a tag or no country (LBNREBHEZ, IGOUNO).
        if (!m.country_from.empty() || m.code.size() != 6 || !res_.is_country ||
            !res_.is_country(std::string_view(m.code).substr(0, 3)) || is_place_or_date(m) ||
            (res_.is_place_name && res_.is_place_name(doc_.view(m.span))))
            return false;
        for (uint32_t t = m.tokens.first; t < m.tokens.last; ++t)
            if (doc_.tokens[t].kind == TokenKind::word && !doc_.tokens[t].capitalized) return false;
        return doc_.tokens[m.tokens.last - 1].pos == PartOfSpeech::proper_noun &&
               !is_plural_word(doc_.tokens[m.tokens.last - 1]);
    }

    // "police", "rebels", "Iraqi officials", "Serbs" - but not a name of several
    // words that ends in -s ("the United States", "the United Nations").
    bool is_plural(const ActorMention& m) const {
        const Token& last = doc_.tokens[m.tokens.last - 1];
        if (!is_plural_word(last)) return false;
        if (m.sector.empty() && m.tokens.last - m.tokens.first > 1 && last.capitalized) return false;
        return true;
    }

    // A capitalised name with no code that may be a person "he" refers to; a single
    // word opening its sentence is as likely just a capitalised first word. Not a name
    // that modifies a noun ("the mainly Muslim country"), nor the rest of a person's
    // name after a coded title ("Prime Minister Abiy Ahmed" when only "Prime Minister
    // Abiy" is in the dictionary): `before` is the mention just before it, if any.
    bool may_be_person(const ActorMention& m, const ActorMention* before) const {
        if (!m.code.empty() || is_place_or_date(m)) return false;
        if (m.tokens.last < doc_.tokens.size() && doc_.tokens[m.tokens.last].pos == PartOfSpeech::noun &&
            doc_.tokens[m.tokens.last].sentence == m.sentence)
            return false;
        if (before && before->tokens.last == m.tokens.first && before->kind != ActorKind::uncoded && is_person(*before))
            return false;
        const uint32_t opening = doc_.sentences[m.sentence].tokens.first;
        return m.tokens.last - m.tokens.first > 1 || m.tokens.first != opening;
    }

    // Whether a mention is (part of) a place or a date the detectors found: "London"
    // (GBRGOV, a seat of power) is no person, nor is an uncoded "Thursday".
    bool is_place_or_date(const ActorMention& m) const {
        if (placed_.empty()) {
            placed_.assign(doc_.tokens.size() + 1, false);
            placed_.back() = true;  // built
            for (const PlaceMention& p : doc_.places)
                for (uint32_t t = p.tokens.first; t < p.tokens.last && t < doc_.tokens.size(); ++t) placed_[t] = true;
            for (const DateMention& d : doc_.dates)
                for (uint32_t t = d.tokens.first; t < d.tokens.last && t < doc_.tokens.size(); ++t) placed_[t] = true;
        }
        for (uint32_t t = m.tokens.first; t < m.tokens.last; ++t)
            if (placed_[t]) return true;
        return false;
    }

    // The direct quote around token `t`, or nullptr.
    const Quote* quote_around(uint32_t t) const {
        const Span s = doc_.tokens[t].span;
        for (const Quote& q : doc_.quotes)
            if (q.direct && q.span.begin <= s.begin && s.end <= q.span.end) return &q;
        return nullptr;
    }

    // Whether mention `m` may be referred to from a pronoun in `quote` (nullptr: none).
    bool same_voice(const ActorMention& m, const Quote* quote) const {
        const Quote* q = quote_around(m.tokens.first);
        return q == quote;
    }

    enum class Fit { no, yes, block };

    Fit fits(const ActorMention& m, const ActorMention* before, Pronoun p) const {
        if (m.kind == ActorKind::uncoded)
            return p == Pronoun::person && m.code.empty() && may_be_person(m, before) ? Fit::block : Fit::no;
        const bool person = is_person(m);
        switch (p) {
            case Pronoun::person: return person ? Fit::yes : Fit::no;
            case Pronoun::group: return !person && is_plural(m) ? Fit::yes : Fit::no;
            case Pronoun::thing: return !person && !is_plural(m) ? Fit::yes : Fit::no;
            case Pronoun::none: break;
        }
        return Fit::no;
    }

    // Pronouns already resolved stand for their kind ("He ... he ...").
    Fit fits_pronoun(const ActorMention& m, Pronoun p) const {
        return pronoun_of(doc_.tokens[m.tokens.first].norm) == p ? Fit::yes : Fit::no;
    }

    void resolve(uint32_t t, Pronoun p, size_t next_actor) {
        const uint32_t sentence = doc_.tokens[t].sentence;
        const uint32_t from_sentence = sentence > kPreviousSentences ? sentence - kPreviousSentences : 0;
        const Quote* quote = quote_around(t);
        size_t i = next_actor, j = added_.size();
        while (i > 0 || j > 0) {
            // The nearer of the next dictionary mention and the next resolved pronoun.
            const bool take_added = j > 0 && (i == 0 || added_[j - 1].tokens.first > doc_.actors[i - 1].tokens.first);
            const ActorMention& m = take_added ? added_[j - 1] : doc_.actors[i - 1];
            if (take_added) --j;
            else --i;
            if (m.sentence < from_sentence) break;
            if (!same_voice(m, quote)) continue;
            const Fit f = take_added ? fits_pronoun(m, p) : fits(m, i > 0 ? &doc_.actors[i - 1] : nullptr, p);
            if (f == Fit::no) continue;
            if (f == Fit::block || m.code.empty()) {
                if (doc_.explain)
                    doc_.explanation.push_back(join({"pronoun '", doc_.view(doc_.tokens[t].span), "': nearest antecedent '",
                                                     doc_.view(m.span), "' has no code"}));
                return;
            }
            ActorMention out;
            out.span = doc_.tokens[t].span;
            out.tokens = {t, t + 1};
            out.sentence = sentence;
            out.kind = ActorKind::coded;
            out.code = m.code;
            out.country = m.country;
            out.sector = m.sector;
            out.rule = m.rule;
            out.sector_first = m.sector_first;
            out.country_from = "pronoun";
            if (doc_.explain)
                doc_.explanation.push_back(join({"actor '", doc_.view(out.span), "': pronoun for '", doc_.view(m.span),
                                                 "' -> ", out.code}));
            added_.push_back(std::move(out));
            return;
        }
    }

    const PronounActorResources& res_;
    Document& doc_;
    std::vector<ActorMention> added_;
    mutable std::vector<bool> placed_;  // tokens in a place or date mention (built when first needed)
};

}  // namespace

void PronounActorStage::run(Document& doc) const {
    if (doc.actors.empty() || doc.sentences.empty()) return;
    DocumentCoder(res_, doc).run();
}

}  // namespace sitrep
