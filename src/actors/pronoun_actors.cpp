// Subject pronouns as actors; see the header for what each refers to. Work is done
// only at pronoun tokens, looking back over the mentions of three sentences at most.
#include "actors/pronoun_actors.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace sitrep {
namespace {

// The pronouns themselves are grammar, not names, so they live here (as the words of
// actor_country_stage.cpp do). Object forms ("him", "them") never refer to the
// subject of their own clause, which is skipped; "her" (also a possessive) and the
// object "it" (mostly a thing) are left out. `country` is a noun or "the North"
// standing for a country (data/syntax/word_classes.txt: country_noun, compass).
// `organisation` is a noun standing for a non-state group ("the militant group":
// word class group_noun).
enum class Pronoun { none, person, group, thing, country, organisation };

Pronoun pronoun_of(std::string_view norm) {
    if (norm == "he" || norm == "she") return Pronoun::person;
    if (norm == "they") return Pronoun::group;
    if (norm == "it") return Pronoun::thing;
    return Pronoun::none;
}

Pronoun object_pronoun_of(std::string_view norm) {
    if (norm == "him") return Pronoun::person;
    if (norm == "them") return Pronoun::group;
    return Pronoun::none;
}

// Modifiers between "the"/"this" and a country noun ("this impoverished South Pacific nation").
constexpr uint32_t kMaxCountryModifiers = 4;
constexpr uint32_t kNoToken = UINT32_MAX;

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
            if (next_actor < doc_.actors.size() && doc_.actors[next_actor].tokens.first == t) {
                // "the South": the capitalised word alone is an uncoded name; it gives way.
                const ActorMention& name = doc_.actors[next_actor];
                if (name.kind == ActorKind::uncoded && name.tokens.last == t + 1 && country_reference(t) != kNoToken &&
                    resolve_country(t, next_actor))
                    replaced_.push_back(next_actor);
                // "the militant group": a generic agent whose country is a guess gives way
                // to the group named before.
                else if (guessed_agent(name) && resolve_organisation(name.tokens.last - 1, next_actor, true))
                    replaced_.push_back(next_actor);
                continue;  // a name
            }
            if (next_actor > 0 && doc_.actors[next_actor - 1].tokens.last > t) continue;  // inside a mention
            const std::string_view norm = doc_.tokens[t].norm;
            Pronoun p = pronoun_of(norm);
            if (p != Pronoun::none) {
                if (subject_of_verb(t, p)) resolve(Reference{p, t, t + 1, {}, kNoToken, reporter(t)}, next_actor);
                continue;
            }
            p = object_pronoun_of(norm);
            if (p != Pronoun::none) {
                resolve(Reference{p, t, t + 1, {}, clause_subject(t)}, next_actor);
                continue;
            }
            if (!resolve_country(t, next_actor)) resolve_organisation(t, next_actor, false);
        }
        if (!replaced_.empty()) {
            for (size_t k = replaced_.size(); k-- > 0;)
                doc_.actors.erase(doc_.actors.begin() + static_cast<std::ptrdiff_t>(replaced_[k]));
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
    // A country reference whose last word is at `t` (see country_reference), resolved
    // when it can be; whether it was. `next_actor`: the first mention starting at or after `t`.
    bool resolve_country(uint32_t t, size_t next_actor) {
        const uint32_t first = country_reference(t);
        if (first == kNoToken) return false;
        // The reference's own words must be no mention ("the Republic of Korea" is a name).
        size_t before = next_actor;
        while (before > 0 && doc_.actors[before - 1].tokens.first >= first) --before;
        if (before < next_actor || (before > 0 && doc_.actors[before - 1].tokens.last > first)) return false;
        const std::string_view norm = doc_.tokens[t].norm;
        const std::string_view compass = res_.is_compass_word && res_.is_compass_word(norm) ? norm : std::string_view();
        // "the US averted an invasion of this nation": after a preposition the
        // reference is no subject, and does not refer to its clause's subject.
        const bool object = first > 0 && doc_.tokens[first - 1].pos == PartOfSpeech::preposition;
        const size_t added_before = added_.size();
        resolve(Reference{Pronoun::country, first, t + 1, compass, object ? clause_subject(first) : kNoToken}, before);
        return added_.size() > added_before;
    }

    // An agent ("militant group") whose country no word of its own gave: none, or one
    // guessed from the place, the dateline, the story or an earlier mention.
    static bool guessed_agent(const ActorMention& m) {
        if (m.kind == ActorKind::agent) return true;
        const std::string_view from = m.country_from;
        return m.kind == ActorKind::coded &&
               (from == "place" || from == "dateline" || from == "story" || from == "previous");
    }

    // "The group said", "the militant group launched": a reference to a non-state
    // organisation whose last word is at `t`, resolved when it can be; whether it was.
    // `own_mention`: the words are an agent mention that the reference replaces (else
    // they must be no mention).
    bool resolve_organisation(uint32_t t, size_t next_actor, bool own_mention) {
        const Token& head = doc_.tokens[t];
        if (head.pos != PartOfSpeech::noun || !res_.is_group_noun || !res_.is_group_noun(head.norm)) return false;
        const uint32_t first = determiner_before(t);
        if (first == kNoToken) return false;
        size_t before = next_actor;
        if (!own_mention) {
            while (before > 0 && doc_.actors[before - 1].tokens.first >= first) --before;
            if (before < next_actor || (before > 0 && doc_.actors[before - 1].tokens.last > first)) return false;
        }
        const bool object = first > 0 && doc_.tokens[first - 1].pos == PartOfSpeech::preposition;
        const size_t added_before = added_.size();
        resolve(Reference{Pronoun::organisation, first, t + 1, {}, object ? clause_subject(first) : kNoToken}, before);
        return added_.size() > added_before;
    }

    // The "the"/"this"/"that" opening a reference whose last word is at `t` (past
    // modifiers: "the Iran-backed militant group"), or kNoToken; never before "'s"
    // ("the group's leader" is the agent rules' business).
    uint32_t determiner_before(uint32_t t) const {
        const uint32_t sentence_first = doc_.sentences[doc_.tokens[t].sentence].tokens.first;
        const uint32_t sentence_last = doc_.sentences[doc_.tokens[t].sentence].tokens.last;
        if (t + 1 < sentence_last && (doc_.tokens[t + 1].norm == "'s" || doc_.tokens[t + 1].norm == "'"))
            return kNoToken;
        for (uint32_t u = t, modifiers = 0; u > sentence_first && modifiers <= kMaxCountryModifiers; ++modifiers) {
            const Token& before = doc_.tokens[--u];
            if (before.norm == "the" || before.norm == "this" || before.norm == "that") return u;
            if (before.pos != PartOfSpeech::adjective && before.pos != PartOfSpeech::proper_noun &&
                before.pos != PartOfSpeech::adverb && before.pos != PartOfSpeech::noun)
                return kNoToken;
        }
        return kNoToken;
    }

    // What is resolved: a pronoun, or the words of a country reference.
    struct Reference {
        Pronoun kind = Pronoun::none;
        uint32_t first = 0, last = 0;  // its tokens
        std::string_view compass;      // "north" in "the North", else empty
        uint32_t not_from = kNoToken;  // first token of a mention it may not refer to (its clause's subject)
        uint32_t prefer = kNoToken;    // first token of the mention it refers to first when it fits (the reporter)
    };

    // "The coalition, which has fought the rebels, said it intercepted ...": the
    // subject pronoun of what a reporting verb reports is first the speaker's own.
    // The first token of the speaker's mention (the nearest before the verb, past
    // a relative or parenthesis between commas), or kNoToken.
    uint32_t reporter(uint32_t t) const {
        const uint32_t first = doc_.sentences[doc_.tokens[t].sentence].tokens.first;
        uint32_t u = t;
        if (u > first && doc_.tokens[u - 1].norm == "that") --u;
        if (u == first || !res_.is_report_verb || !res_.is_report_verb(doc_.tokens[u - 1].norm) ||
            doc_.tokens[u - 1].pos != PartOfSpeech::verb)
            return kNoToken;
        --u;
        while (u > first &&
               (doc_.tokens[u - 1].pos == PartOfSpeech::auxiliary || doc_.tokens[u - 1].pos == PartOfSpeech::modal ||
                doc_.tokens[u - 1].pos == PartOfSpeech::adverb))
            --u;
        if (u > first && doc_.tokens[u - 1].norm == ",") {
            uint32_t v = u - 1;
            while (v > first && doc_.tokens[v - 1].norm != ",") --v;
            if (v > first) u = v - 1;
        }
        uint32_t best = kNoToken;
        for (const std::vector<ActorMention>* list : {&std::as_const(doc_.actors), &std::as_const(added_)})
            for (const ActorMention& m : *list)
                if (m.tokens.first >= first && m.tokens.last <= u && (best == kNoToken || m.tokens.first > best))
                    best = m.tokens.first;
        return best;
    }

    // "this impoverished nation", "the kingdom", "the North": the first token of a
    // reference to a country whose last word is at `t`, or kNoToken.
    uint32_t country_reference(uint32_t t) const {
        const Token& head = doc_.tokens[t];
        const bool compass = head.capitalized && res_.is_compass_word && res_.is_compass_word(head.norm);
        if (!compass && !(head.pos == PartOfSpeech::noun && res_.is_country_noun && res_.is_country_noun(head.norm)))
            return kNoToken;
        const uint32_t sentence_first = doc_.sentences[head.sentence].tokens.first;
        const uint32_t sentence_last = doc_.sentences[head.sentence].tokens.last;
        if (t + 1 < sentence_last) {
            const Token& next = doc_.tokens[t + 1];
            if (next.norm == "'s" || next.norm == "'") return kNoToken;  // "the country's army": an agent's owner
            // "the South Pacific", "the North Atlantic": part of a longer name.
            if (compass && next.kind == TokenKind::word && next.capitalized) return kNoToken;
        }
        for (uint32_t u = t, modifiers = 0; u > sentence_first && modifiers <= kMaxCountryModifiers; ++modifiers) {
            const Token& before = doc_.tokens[--u];
            if (before.norm == "the" || before.norm == "this" || before.norm == "that") return u;
            if (compass) return kNoToken;  // "the North" has no modifiers
            if (before.pos != PartOfSpeech::adjective && before.pos != PartOfSpeech::proper_noun &&
                before.pos != PartOfSpeech::adverb && before.pos != PartOfSpeech::noun)
                return kNoToken;
        }
        return kNoToken;
    }

    // The subject of the verb whose object the pronoun at `t` is, which the pronoun
    // cannot refer to ("the speaker threatened to remove him"): the nearest mention
    // before the verb chain ("threatened to remove"); for a verb conjoined to an
    // earlier one ("police arrested X and beat them") that verb's. kNoToken when none.
    uint32_t clause_subject(uint32_t t) const {
        const uint32_t first = doc_.sentences[doc_.tokens[t].sentence].tokens.first;
        const auto in_chain = [&](const Token& tok) {
            return tok.pos == PartOfSpeech::verb || tok.pos == PartOfSpeech::auxiliary ||
                   tok.pos == PartOfSpeech::modal || tok.pos == PartOfSpeech::adverb || tok.norm == "to";
        };
        uint32_t u = t;
        while (u > first && in_chain(doc_.tokens[u - 1])) --u;
        if (u > first && (doc_.tokens[u - 1].norm == "and" || doc_.tokens[u - 1].norm == "but")) {
            uint32_t v = u - 1;
            while (v > first && doc_.tokens[v - 1].pos != PartOfSpeech::verb) --v;
            if (v > first) {
                u = v - 1;
                while (u > first && in_chain(doc_.tokens[u - 1])) --u;
            }
        }
        uint32_t best = kNoToken;
        for (const std::vector<ActorMention>* list : {&std::as_const(doc_.actors), &std::as_const(added_)})
            for (const ActorMention& m : *list)
                if (m.tokens.first >= first && m.tokens.last <= u && (best == kNoToken || m.tokens.first > best))
                    best = m.tokens.first;
        return best;
    }

    // Whether token `t` is a common noun that "him" ("a man") or "them" ("weapons")
    // may refer to but that is no actor: the nearest such noun wins over actors before it.
    bool non_actor_noun(uint32_t t, Pronoun p) const {
        const Token& tok = doc_.tokens[t];
        if (tok.pos != PartOfSpeech::noun || covered(t)) return false;
        return p == Pronoun::group ? is_plural_word(tok) : is_person_word(tok);
    }

    bool covered(uint32_t t) const {
        if (covered_.empty()) {
            covered_.assign(doc_.tokens.size(), false);
            for (const ActorMention& m : doc_.actors)
                for (uint32_t u = m.tokens.first; u < m.tokens.last && u < doc_.tokens.size(); ++u) covered_[u] = true;
        }
        return covered_[t];
    }

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
            if (tok.pos == PartOfSpeech::auxiliary || tok.pos == PartOfSpeech::modal)
                ++k;
            else if (tok.pos != PartOfSpeech::adverb)
                return false;
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
            case Pronoun::person:
                return person ? Fit::yes : Fit::no;
            case Pronoun::group:
                return !person && is_plural(m) ? Fit::yes : Fit::no;
            case Pronoun::thing:
                return !person && !is_plural(m) ? Fit::yes : Fit::no;
            case Pronoun::country:
            case Pronoun::organisation:
            case Pronoun::none:
                break;
        }
        return Fit::no;
    }

    // Pronouns already resolved stand for their kind ("He ... he ...").
    Fit fits_pronoun(const ActorMention& m, Pronoun p) const {
        const std::string_view norm = doc_.tokens[m.tokens.first].norm;
        return pronoun_of(norm) == p || object_pronoun_of(norm) == p ? Fit::yes : Fit::no;
    }

    // A country reference refers to the country of a mention ("Haiti's rulers" HTIMIL:
    // HTI), for "the North" one whose name begins with that word.
    Fit fits_country(const ActorMention& m, std::string_view compass) const {
        if (m.kind != ActorKind::coded || m.country.empty() || !std::string_view(m.code).starts_with(m.country) ||
            !res_.is_country || !res_.is_country(m.country))
            return Fit::no;
        if (!compass.empty() && doc_.tokens[m.tokens.first].norm != compass) return Fit::no;
        return Fit::yes;
    }

    // A non-state organisation a group noun may refer to: a dictionary group ("Hamas"
    // PSEREBHMS, "al-Qaeda" IMG...), no state organ, IGO, person or agent ("rebels"); a
    // reference resolved before ("the group ... the group") stands for its antecedent.
    Fit fits_organisation(const ActorMention& m) const {
        if (m.kind != ActorKind::coded || m.code.empty() || is_person(m)) return Fit::no;
        if (m.country_from == "reference" && is_group_reference(m)) return Fit::yes;
        // (Not is_plural: "Hamas", "the Houthis" end in -s but are one group.)
        if (!m.country_from.empty()) return Fit::no;
        const std::string_view code = m.code;
        if (code.starts_with("IMG") || code.starts_with("NGO")) return Fit::yes;
        if (code.starts_with("IGO")) return Fit::no;
        const std::string_view role = std::string_view(m.sector).substr(0, 3);
        constexpr std::string_view kGroupRoles[] = {"REB", "INS", "UAF", "OPP", "PTY", "NGO", "IMG"};
        // A group's own code carries its name after the role (PSEREBHMS): "rebels" alone is an agent.
        if (m.code.size() <= m.country.size() + 3) return Fit::no;
        for (std::string_view r : kGroupRoles)
            if (role == r) return Fit::yes;
        return Fit::no;
    }
    bool is_group_reference(const ActorMention& m) const {
        const Token& last = doc_.tokens[m.tokens.last - 1];
        return res_.is_group_noun && res_.is_group_noun(last.norm);
    }

    void resolve(const Reference& ref, size_t next_actor) {
        const Pronoun p = ref.kind;
        const uint32_t t = ref.first;
        const uint32_t sentence = doc_.tokens[t].sentence;
        // A country stays the story's subject longer than a person: no limit.
        const uint32_t from_sentence = p == Pronoun::country || p == Pronoun::organisation ? 0
                                       : sentence > kPreviousSentences ? sentence - kPreviousSentences
                                                                       : 0;
        const Quote* quote = quote_around(t);
        // The nearest noun an object pronoun may refer to that is no actor ("destroyed them").
        uint32_t blocker = kNoToken;
        if (object_pronoun_of(doc_.tokens[t].norm) != Pronoun::none)
            for (uint32_t u = t; u > doc_.sentences[sentence].tokens.first;)
                if (non_actor_noun(--u, p)) {
                    blocker = u;
                    break;
                }
        if (ref.prefer != kNoToken) {
            for (size_t k = 0; k < next_actor; ++k) {
                const ActorMention& m = doc_.actors[k];
                if (m.tokens.first != ref.prefer || m.code.empty() || !same_voice(m, quote)) continue;
                if (fits(m, k > 0 ? &doc_.actors[k - 1] : nullptr, p) == Fit::yes) {
                    add(ref, m);
                    return;
                }
            }
            // A speaker that is itself a reference ("The group said it ..."): the
            // group's organisation is a thing to "it".
            for (size_t k = 0; k < added_.size(); ++k) {
                const ActorMention m = added_[k];  // a copy: add() may grow added_
                if (m.tokens.first != ref.prefer || m.code.empty() || !same_voice(m, quote)) continue;
                if (p == Pronoun::thing && fits_organisation(m) == Fit::yes) {
                    add(ref, m);
                    return;
                }
            }
        }
        size_t i = next_actor, j = added_.size();
        while (i > 0 || j > 0) {
            // The nearer of the next dictionary mention and the next resolved pronoun.
            const bool take_added = j > 0 && (i == 0 || added_[j - 1].tokens.first > doc_.actors[i - 1].tokens.first);
            const ActorMention& m = take_added ? added_[j - 1] : doc_.actors[i - 1];
            if (take_added)
                --j;
            else
                --i;
            if (m.tokens.first >= t) continue;  // an earlier reference's words end later
            if (m.sentence < from_sentence) break;
            if (blocker != kNoToken && m.tokens.last <= blocker) return;
            if (!same_voice(m, quote)) continue;
            if (m.tokens.first == ref.not_from) continue;
            const Fit f = p == Pronoun::country        ? fits_country(m, ref.compass)
                          : p == Pronoun::organisation ? fits_organisation(m)
                          : take_added                 ? fits_pronoun(m, p)
                                                       : fits(m, i > 0 ? &doc_.actors[i - 1] : nullptr, p);
            if (f == Fit::no) continue;
            if (f == Fit::block || m.code.empty()) {
                if (doc_.explain)
                    doc_.explanation.push_back(
                        join({"pronoun '",
                              doc_.view(Span{doc_.tokens[ref.first].span.begin, doc_.tokens[ref.last - 1].span.end}),
                              "': nearest antecedent '", doc_.view(m.span), "' has no code"}));
                return;
            }
            add(ref, m);
            return;
        }
    }

    // A new mention for `ref` standing for `m`.
    void add(const Reference& ref, const ActorMention& m) {
        const Pronoun p = ref.kind;
        const uint32_t sentence = doc_.tokens[ref.first].sentence;
        {
            ActorMention out;
            out.span = Span{doc_.tokens[ref.first].span.begin, doc_.tokens[ref.last - 1].span.end};
            out.tokens = {ref.first, ref.last};
            out.sentence = sentence;
            out.kind = ActorKind::coded;
            const bool country = p == Pronoun::country;  // the country itself, not its organ
            out.code = country ? m.country : m.code;
            out.country = m.country;
            out.sector = country ? std::string() : m.sector;
            out.rules = m.rules;
            out.sector_first = m.sector_first;
            out.country_from = p == Pronoun::country || p == Pronoun::organisation ? "reference" : "pronoun";
            if (doc_.explain)
                doc_.explanation.push_back(
                    join({"actor '", doc_.view(out.span), "': pronoun for '", doc_.view(m.span), "' -> ", out.code}));
            added_.push_back(std::move(out));
        }
    }

    const PronounActorResources& res_;
    Document& doc_;
    std::vector<ActorMention> added_;
    mutable std::vector<bool> placed_;   // tokens in a place or date mention (built when first needed)
    std::vector<size_t> replaced_;       // uncoded names a reference replaced ("the South"), in order
    mutable std::vector<bool> covered_;  // tokens in a dictionary mention (built when first needed)
};

}  // namespace

void PronounActorStage::run(Document& doc) const {
    if (doc.actors.empty() || doc.sentences.empty()) return;
    DocumentCoder(res_, doc).run();
}

}  // namespace sitrep
