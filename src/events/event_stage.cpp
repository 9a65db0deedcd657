// Event coding, one sentence at a time (SentenceCoder below, one method per step):
//   1. find predicates (dictionary verbs and event nouns);
//   2. choose_code: per predicate, try its block's patterns (most specific
//      first), else its default code;
//   3. assign_actors: slots bound by the pattern, else subject / object of the
//      clause (nominal, passive and active predicates each have their rules);
//   4. pair_actors: conjoined actors expanded into (source, target) pairs;
//   5. read negation and modality from the verb group and the clause opener,
//      and the attribution of reported speech;
//   6. build_events, then emit them, dropping the bare "said" event when the
//      sentence codes anything else (PETRARCH convention).
// Every `--explain` line goes through EventExplainer.
#include "events/event_stage.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "events/event_explainer.hpp"
#include "events/pattern_matcher.hpp"
#include "events/predicate_finder.hpp"
#include "events/sentence_view.hpp"

namespace sitrep {
namespace {

using P = PartOfSpeech;
constexpr uint32_t kAgentSearch = 8;           // tokens after a passive verb to look for "by X"
constexpr uint32_t kReferredActSentences = 3;  // sentences searched back for the act "the declaration" names
constexpr size_t kActStem = 5;
constexpr uint32_t kClashToVerb = 3;  // "troops had opened fire": auxiliaries before the clause's verb // letters a
                                      // noun and a verb share to name one act
constexpr int kMaxClauseClimb = 3;    // parent clauses searched for a missing subject

struct Coded {
    Event event;
    int32_t clause = -1;
    bool report = false;       // a reporting verb ("said"): dropped if anything else is coded
    bool bare_report = false;  // a report with its verb's default statement code (010)
    bool from_noun = false;
};

// The predicate's verb group: negation, modality and voice.
struct VerbFeatures {
    bool negated = false;
    bool passive = false;
    bool threat = false;           // "is prepared to", "vowed to", "threatened to" (word class threat_intent)
    bool reported_future = false;  // "would" in the verb group (word class reported_future)
    Modality modality = Modality::asserted;
};

int32_t agent_by(const SentenceView& view, const Lexicon& lex, uint32_t from, uint32_t until);

// "after being shot and then attacked by a bomber", "Iraq, backed by Iran,": a
// participle followed at once by "by" and an actor is a passive whose auxiliary
// is elsewhere or left out; an active verb never takes "by X" as its object.
bool by_agent_follows(const SentenceView& view, const Lexicon& lex, const Predicate& p, const VerbForm& form) {
    if (p.noun || (form.kind != VerbFormKind::past && form.kind != VerbFormKind::irregular)) return false;
    const auto& tokens = view.doc().tokens;
    if (tokens[p.head].norm.ends_with("ing") || p.last >= view.last() || !lex.is(tokens[p.last].norm, wc_agent_by))
        return false;
    uint32_t u = p.last + 1;
    while (u < view.last() && u < p.last + 4 && view.actor_at(u) < 0 &&
           (tokens[u].pos == P::determiner || tokens[u].pos == P::adjective))
        ++u;
    return u < view.last() && view.actor_at(u) >= 0;
}

// "found rockets fired at Haifa by Hezbollah", "a missile launched toward the
// city by rebels": a participle right after a noun that is no actor, whose
// prepositional phrases end in "by X", is a reduced passive modifying that
// noun (the thing used), not the finite verb of the clause.
bool reduced_passive_after_thing(const SentenceView& view, const Lexicon& lex, const Predicate& p,
                                 const VerbForm& form) {
    if (p.noun || (form.kind != VerbFormKind::past && form.kind != VerbFormKind::irregular)) return false;
    const Document& doc = view.doc();
    const auto& tokens = doc.tokens;
    if (p.first <= view.first() || tokens[p.first - 1].pos != P::noun || view.actor_at(p.first - 1) >= 0 ||
        tokens[p.head].norm.ends_with("ing"))
        return false;
    // "by" right after the participle ("a truce brokered by Egypt") is by_agent_follows's case.
    for (uint32_t t = p.last; t < view.last() && t < p.last + kAgentSearch;) {
        const int32_t c = view.chunk_at(t);
        if (c < 0 || doc.chunks[c].kind != ChunkKind::prepositional || doc.chunks[c].tokens.first != t) return false;
        if (lex.is(tokens[t].norm, wc_agent_by))
            return t > p.last && agent_by(view, lex, t, doc.chunks[c].tokens.last) >= 0;
        t = doc.chunks[c].tokens.last;
    }
    return false;
}

VerbFeatures read_verb_group(const SentenceView& view, const Lexicon& lex, const Predicate& p, const VerbForm& form) {
    VerbFeatures f;
    const auto& doc = view.doc();
    int32_t ch = view.chunk_at(p.head);
    uint32_t start = p.head;
    if (ch >= 0 && doc.chunks[ch].kind == ChunkKind::verb_group) start = doc.chunks[ch].tokens.first;
    // Look back a little beyond the chunk for a stray "not" or modal.
    start = start > view.first() + 1 ? std::min(start, p.head) : start;
    bool saw_passive_aux = false;
    bool be_right_before = false;  // a form of "be"/"get" (not the clitic 's) just before the verb
    // "after being shot": the chunker may leave the auxiliary outside the verb group.
    if (start > view.first() && start == p.first && lex.is(doc.tokens[start - 1].norm, wc_passive) &&
        doc.tokens[start - 1].norm != "'s") {
        saw_passive_aux = true;
        be_right_before = true;
    }
    for (uint32_t t = start; t < p.first; ++t) {
        std::string_view w = doc.tokens[t].norm;
        if (lex.is(w, wc_negation)) f.negated = true;
        if (lex.is(w, wc_future))
            f.modality = Modality::future;
        else if (lex.is(w, wc_hypothetical) && f.modality == Modality::asserted)
            f.modality = Modality::hypothetical;
        if (lex.is(w, wc_intent) && t + 1 < p.first && doc.tokens[t + 1].norm == "to") f.modality = Modality::future;
        if (lex.is(w, wc_threat_intent) && t + 1 < p.first && doc.tokens[t + 1].norm == "to") f.threat = true;
        if (lex.is(w, wc_reported_future)) f.reported_future = true;
        if (lex.is(w, wc_passive))
            saw_passive_aux = true;
        else if (doc.tokens[t].pos == P::verb && !lex.is(w, wc_intent))
            saw_passive_aux = false;
        be_right_before = lex.is(w, wc_passive) && w != "'s" && t + 1 == p.first;
    }
    // "did not" just before a verb group that the chunker split off, maybe with
    // adverbs between ("did not even ever clash").
    constexpr uint32_t kMaxAdverbsAfterNegation = 3;
    for (uint32_t t = p.first, adverbs = 0; t > view.first() && adverbs <= kMaxAdverbsAfterNegation; ++adverbs) {
        const Token& before = doc.tokens[--t];
        if (lex.is(before.norm, wc_negation)) {
            f.negated = true;
            break;
        }
        if (before.pos != P::adverb) break;
    }
    if (!p.noun && saw_passive_aux && (form.kind == VerbFormKind::past || form.kind == VerbFormKind::irregular) &&
        !doc.tokens[p.head].norm.ends_with("ing"))
        f.passive = true;
    // "were hit", "was cut": a verb whose participle is its base form, right after
    // "be", can only be a passive.
    if (!p.noun && be_right_before && form.kind == VerbFormKind::base && p.first == p.head) f.passive = true;
    if (!f.passive && (by_agent_follows(view, lex, p, form) || reduced_passive_after_thing(view, lex, p, form)))
        f.passive = true;
    return f;
}

// Where no ontology names the negation: a cooperative act refused ("were not
// negotiating with", "would not withdraw", "did not release") is a rejection of
// its kind, as CAMEO coders code it: consult (04) -> 125 (mediation, 045 -> 126),
// an agreement (057) -> 127, material cooperation (06x) -> 121x, aid (07x) ->
// 122x, political reform (083x) -> 123x, yielding (08x) -> 124x. Other codes
// keep their own code and are marked negated.
std::string refusal_code(const std::string& cameo) {
    if (cameo.size() < 3) return cameo;
    const std::string_view c = cameo;
    const char kind = c[2];  // the third digit: the kind within the root
    if (c.starts_with("045")) return "126";
    if (c.starts_with("04")) return "125";
    if (c == "057") return "127";
    if (c.starts_with("06")) return kind == '1' || kind == '2' ? std::string("121") + kind : "121";
    if (c.starts_with("07")) return kind >= '1' && kind <= '4' ? std::string("122") + kind : "122";
    if (c.starts_with("083")) return c.size() > 3 ? "123" + std::string(c.substr(3, 1)) : "123";
    if (c.starts_with("08")) {
        // 081 -> 1241, 082 -> 1242, 084 -> 1243, 085 -> 1244, 086 -> 1245, 087 -> 1246
        constexpr std::array<std::pair<char, std::string_view>, 6> kRefuse{
            {{'1', "1241"}, {'2', "1242"}, {'4', "1243"}, {'5', "1244"}, {'6', "1245"}, {'7', "1246"}}};
        for (const auto& [from, to] : kRefuse)
            if (kind == from) return std::string(to);
        return "124";
    }
    return cameo;
}

// PETRARCH-2 codes a negated verb with the meaning its internal code takes
// after subtracting 0xFFFF ("not disapprove" = cooperate); codes whose negation
// the ontology does not name take refusal_code under the built-in dictionaries'
// convention (`refusal`), else keep their own code and are marked negated.
std::string negated_code(const InternalCodeOntology* ontology, const std::string& cameo, bool refusal) {
    const std::string unnamed = refusal ? refusal_code(cameo) : cameo;
    if (!ontology) return unnamed;
    const auto internal = ontology->to_internal(cameo);
    if (!internal) return unnamed;
    const auto value = internal_code_value(*internal);
    if (!value) return unnamed;
    constexpr int64_t kNegationMask = 0xFFFF;
    const auto negated = ontology->cameo_of_value(*value - kNegationMask);
    return negated ? *negated : unnamed;
}

bool clause_opens_with(const SentenceView& view, int32_t clause, const Lexicon& lex, uint64_t cls) {
    TokenRange r = view.clause_tokens(clause);
    return r.first < r.last && lex.is(view.doc().tokens[r.first].norm, cls);
}

// "In a move that has won support, the United States launched ...": where the
// clause splitter left a main clause inside a relative one, the subject follows
// the last comma before the verb: the first actor there outside a prepositional
// phrase. -1 when there is no comma or no such actor.
int32_t subject_after_comma(const SentenceView& view, uint32_t from, uint32_t before) {
    const Document& doc = view.doc();
    uint32_t comma = before;
    for (uint32_t t = before; t-- > from;)
        if (doc.tokens[t].norm == ",") {
            comma = t;
            break;
        }
    for (uint32_t t = comma + 1; t < before; ++t) {
        const int32_t a = view.actor_at(t);
        const int32_t c = view.chunk_at(t);
        if (a >= 0 && !(c >= 0 && doc.chunks[c].kind == ChunkKind::prepositional)) return a;
    }
    return -1;
}

// Whether the noun before a relative pronoun at `pronoun` (past a comma) is no
// actor and not the object of a support verb ("launched strikes, which ...").
bool antecedent_is_no_actor(const SentenceView& view, const Lexicon& lex, uint32_t pronoun) {
    const auto& tokens = view.doc().tokens;
    uint32_t t = pronoun;
    if (t > view.first() && tokens[t - 1].norm == ",") --t;
    if (t <= view.first()) return false;
    const uint32_t noun = t - 1;
    if (tokens[noun].pos != P::noun || view.actor_at(noun) >= 0) return false;
    const int32_t ch = view.chunk_at(noun);
    if (ch <= 0) return true;
    const Chunk& before = view.doc().chunks[ch - 1];
    return !(before.kind == ChunkKind::verb_group && lex.is(tokens[before.tokens.last - 1].norm, wc_support_verb));
}

// The subject for a predicate at `before` in `clause`, climbing to governing
// clauses when the clause has none of its own (conjoined verbs, relatives).
int32_t find_subject(const SentenceView& view, const Lexicon& lex, int32_t clause, uint32_t before) {
    // "the troops that shelled the villages": a "that" clause without a subject of
    // its own is a relative clause, whose subject is the nearest noun before it.
    bool relative =
        clause_opens_with(view, clause, lex, wc_relative) || clause_opens_with(view, clause, lex, wc_complementizer);
    // "the rebels who seized Iraqi soldiers released ...": when the pronoun itself
    // is the subject (a verb follows it), no actor inside the clause is, not even
    // before a later verb the clause splitter left in it.
    const TokenRange r = view.clause_tokens(clause);
    const auto& tokens = view.doc().tokens;
    uint32_t next = r.first + 1;  // after the pronoun and any adverbs ("who later seized")
    while (next < r.last && next < view.last() && tokens[next].pos == P::adverb) ++next;
    const bool subject_relative =
        relative && next < r.last && next < view.last() &&
        (tokens[next].pos == P::verb || tokens[next].pos == P::auxiliary || tokens[next].pos == P::modal);
    int32_t s =
        subject_relative ? subject_after_comma(view, r.first, before) : view.subject_before(clause, before, false);
    // "Egypt condemned the attack, which killed 20 soldiers": the relative's
    // subject is its antecedent, here a noun that is no actor; the governing
    // clause's subject did not do it. (The object of a support verb is the
    // governing subject's act: "Israel launched strikes, which killed ...".)
    if (s < 0 && subject_relative && antecedent_is_no_actor(view, lex, r.first)) return -1;
    int climb = 0;
    while (s < 0 && clause >= 0 && climb++ < kMaxClauseClimb) {
        int32_t parent = view.doc().clauses[clause].parent;
        if (parent < 0) break;
        uint32_t child_start = view.clause_tokens(clause).first;
        TokenRange pr = view.clause_tokens(parent);
        // A reporting clause after its content ("..., officials said") is no subject source.
        if (pr.first >= child_start) break;
        s = view.subject_before(parent, child_start, relative);
        relative = clause_opens_with(view, parent, lex, wc_relative);
        clause = parent;
    }
    return s;
}

// "..., and Russia also rejected it": an actor after "and"/"but" with a verb of
// its own opens a new clause (the clause splitter may miss it); it is the
// subject there, not an object or conjunct of what came before.
bool opens_clause(const SentenceView& view, int32_t actor) {
    const auto& tokens = view.doc().tokens;
    const TokenRange r = view.doc().actors[actor].tokens;
    uint32_t before = r.first;
    if (before > view.first() && tokens[before - 1].pos == P::determiner) --before;
    if (before <= view.first() || (tokens[before - 1].norm != "and" && tokens[before - 1].norm != "but")) return false;
    uint32_t after = r.last;
    while (after < view.last() && tokens[after].pos == P::adverb) ++after;
    return after < view.last() &&
           (tokens[after].pos == P::verb || tokens[after].pos == P::auxiliary || tokens[after].pos == P::modal);
}

// "a joint UN and Red Crescent convoy", "the future of American and British
// troops": an actor joined by "and"/"or" to one passed over (at `skipped_end`)
// shares its phrase, so it is passed over too.
bool conjunct_of(const SentenceView& view, uint32_t skipped_end, uint32_t at) {
    if (skipped_end == 0 || skipped_end >= at) return false;
    const auto& tokens = view.doc().tokens;
    bool joined = false;
    for (uint32_t t = skipped_end; t < at; ++t) {
        if (tokens[t].norm == "and" || tokens[t].norm == "or")
            joined = true;
        else if (tokens[t].pos != P::determiner && tokens[t].pos != P::adjective)
            return false;
    }
    return joined;
}

// "a top Colombian FARC rebel", "Syrian Kurdish militants": a bare country
// that only modifies a later actor of its own phrase (no "and", "or" or comma
// between) is that actor's nationality; the phrase's head actor is the party.
// The later actor must be of that country (its own, or its country taken from
// the adjective). Returns `a` when it is no such modifier.
int32_t phrase_head_actor(const SentenceView& view, int32_t a) {
    const Document& doc = view.doc();
    const ActorMention& m = doc.actors[a];
    if (!m.sector.empty() || m.code.empty() || m.code != m.country) return a;
    const int32_t chunk = view.chunk_at(m.tokens.first);
    if (chunk < 0) return a;
    const uint32_t end = std::min(doc.chunks[chunk].tokens.last, view.last());
    for (uint32_t t = m.tokens.last; t < end; ++t) {
        const std::string_view w = doc.tokens[t].norm;
        if (w == "and" || w == "or" || w == "," || doc.tokens[t].pos == P::particle) return a;
        const int32_t b = view.actor_at(t);
        if (b < 0 || b == a) continue;
        return doc.actors[b].country == m.code ? b : a;
    }
    return a;
}

// First actor after `from` inside the window, skipping `not_this` and actors
// buried in an "of" phrase that modifies another noun ("talks on the future of
// American troops" is not about America as a target).
int32_t first_actor_after(const SentenceView& view, const Lexicon& lex, uint32_t from, uint32_t until,
                          int32_t not_this) {
    const Document& doc = view.doc();
    bool after_noun = false;
    bool after_transparent = false;  // the last noun passed is "town", "people" ... ("the town of X" is X)
    uint32_t skipped_end = 0;        // end of the last actor passed over, 0 when none
    for (uint32_t t = from; t < until; ++t) {
        int32_t a = view.actor_at(t);
        int32_t c = view.chunk_at(t);
        const bool in_pp = c >= 0 && doc.chunks[c].kind == ChunkKind::prepositional;
        const std::string_view prep = in_pp ? std::string_view(doc.tokens[doc.chunks[c].tokens.first].norm) : "";
        // "met in Baghdad": a known place after "in" is where, not whom (PETRARCH
        // dictionaries do code "arrived in Gondor" and "fired at Seoul", so only
        // names the place detector knows, and only after "in").
        bool locative = false;
        if (a >= 0 && prep == "in")
            for (const PlaceMention& place : doc.places)
                if (place.span.overlaps(doc.actors[a].span)) locative = true;
        if (a >= 0 && a != not_this && opens_clause(view, a)) return -1;
        const bool skipped =
            (prep == "of" && after_noun && !after_transparent) || locative || conjunct_of(view, skipped_end, t);
        if (a >= 0 && a != not_this && !skipped) return a;
        if (a >= 0 && skipped) skipped_end = doc.actors[a].tokens.last;
        if (a < 0 && c >= 0 && doc.chunks[c].kind != ChunkKind::verb_group &&
            (doc.tokens[t].pos == PartOfSpeech::noun)) {
            after_noun = true;
            after_transparent = lex.is(doc.tokens[t].norm, wc_of_transparent);
        }
        if (a >= 0) t = std::max(t, doc.actors[a].tokens.last - 1);
    }
    return -1;
}

// The actor of a "by X" phrase after a passive verb or event noun.
int32_t agent_by(const SentenceView& view, const Lexicon& lex, uint32_t from, uint32_t until) {
    const auto& tokens = view.doc().tokens;
    for (uint32_t t = from; t < until && t < from + kAgentSearch; ++t) {
        if (!lex.is(tokens[t].norm, wc_agent_by)) continue;
        uint32_t u = t + 1;
        while (u < until && u < t + 4 && view.actor_at(u) < 0 &&
               (tokens[u].pos == P::determiner || tokens[u].pos == P::adjective))
            ++u;
        if (u < until && view.actor_at(u) >= 0) return view.actor_at(u);
    }
    return -1;
}

// "were killed in a clash with X", "died in fighting with X": the actor of a
// "with" phrase right after a noun of armed encounter (a modifier or two may
// come between), within the agent search window; -1 when none.
int32_t clash_partner(const SentenceView& view, const Lexicon& lex, uint32_t from, uint32_t until, int32_t not_this) {
    constexpr uint32_t kClashToWith = 3;  // "clashes with", "fighting overnight with"
    const auto& tokens = view.doc().tokens;
    const uint32_t end = std::min(until, from + kAgentSearch);
    for (uint32_t t = from; t < end; ++t) {
        if (!lex.is(tokens[t].norm, wc_clash_noun) || tokens[t].pos == P::verb) continue;
        for (uint32_t w = t + 1; w < end && w <= t + kClashToWith; ++w) {
            if (tokens[w].norm != "with") continue;
            const int32_t a = first_actor_after(view, lex, w + 1, std::min(until, w + 1 + kAgentSearch), not_this);
            return a;
        }
    }
    return -1;
}

// "an attack on X", "strikes against X", "a warning to X": the actor after a
// nominal-target word (or a recipient preposition)
// following an event noun.
int32_t nominal_target(const SentenceView& view, const Lexicon& lex, uint32_t from, uint32_t until, int32_t not_this) {
    const auto& tokens = view.doc().tokens;
    for (uint32_t t = from; t < until && t < from + kAgentSearch; ++t) {
        const bool recipient = tokens[t].pos == P::preposition && lex.is(tokens[t].norm, wc_nominal_recipient);
        if (!recipient && !lex.is(tokens[t].norm, wc_nominal_target)) continue;
        const int32_t target = first_actor_after(view, lex, t + 1, std::min(until, t + 1 + kAgentSearch), not_this);
        if (target >= 0) return target;
    }
    return -1;
}

// "troops are deployed in Iraq": the actor right after a destination word
// (a determiner may come between). Unlike first_actor_after, a place here is
// the target, because a deployment acts on the country it goes to.
int32_t destination_after(const SentenceView& view, const Lexicon& lex, uint32_t from, uint32_t until) {
    const auto& tokens = view.doc().tokens;
    for (uint32_t t = from; t < until && t < from + kAgentSearch; ++t) {
        if (!lex.is(tokens[t].norm, wc_destination)) continue;
        uint32_t u = t + 1;
        if (u < until && view.actor_at(u) < 0 && tokens[u].pos == P::determiner) ++u;
        if (u < until && view.actor_at(u) >= 0) return view.actor_at(u);
    }
    return -1;
}

// Armed forces and police: in an agentless passive of a force-posture verb the
// force itself is the actor ("U.S. troops were deployed to Iraq" = USAMIL 154 IRQ,
// as PETRARCH codes the intransitive "U.S. troops deployed to Iraq").
bool is_force(const ActorMention& m) {
    return m.sector.starts_with("MIL") || m.sector.starts_with("COP") || m.sector.ends_with("MIL");
}
constexpr std::string_view kForcePostureRoot = "15";
constexpr std::string_view kStatementRoot = "01";    // CAMEO "make public statement"
constexpr std::string_view kBareStatement = "010";   // CAMEO "make statement, not specified below"
constexpr std::string_view kMedia = "MED";           // the role code of news media
constexpr std::string_view kAccusationCode = "112";  // CAMEO "accuse, not specified below"
constexpr std::string_view kDemandCode = "100";      // CAMEO "demand, not specified below"

// Violence and coercion (CAMEO 17 coerce, 18 assault, 19 fight, 20 mass violence):
// reported by the other side, an accusation.
bool hostile_root(std::string_view cameo) {
    constexpr std::array<std::string_view, 4> kHostileRoots{"17", "18", "19", "20"};
    return std::any_of(kHostileRoots.begin(), kHostileRoots.end(),
                       [&](std::string_view root) { return cameo.starts_with(root); });
}

// Disapproval (CAMEO 11) and rejection (12): aimed at whoever did what they answer.
bool disapproving_root(std::string_view cameo) {
    return cameo.starts_with("11") || cameo.starts_with("12");
}

// Events two parties do with each other (CAMEO 03 intend to cooperate, 04
// consult, 05 diplomatic and 06 material cooperation, 19 fight): a joint subject
// without a target does them to each other ("X and Y signed an agreement",
// "X and Y clashed"); other events of a joint subject are joint acts.
bool reciprocal(const EventCodePair& code) {
    constexpr std::array<std::string_view, 5> kReciprocalRoots{"03", "04", "05", "06", "19"};
    const std::string_view c = code.primary.empty() ? code.reversed : code.primary;
    return std::any_of(kReciprocalRoots.begin(), kReciprocalRoots.end(),
                       [&](std::string_view root) { return c.starts_with(root); });
}

// "Al-Sudani ... dialogue between Iraq and ...": the state does not act on its own
// bare country. Only the state's organs are the country itself (CAMEO's government
// roles); its rebels, opposition, civilians or business act on the state, and the
// state on them ("Colombia resumed talks with the FARC", "the opposition withdrew
// from Zimbabwe's election").
constexpr std::string_view kStateRoles[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"};

bool is_state_organ(const ActorMention& m) {
    if (m.sector.empty()) return true;
    for (std::string_view role : kStateRoles)
        if (std::string_view(m.sector).starts_with(role)) return true;
    return false;
}

bool acts_on_own_country(const ActorMention& a, const ActorMention& b) {
    const auto on_bare = [](const ActorMention& actor, const ActorMention& bare) {
        return !actor.country.empty() && bare.sector.empty() && bare.code == actor.country && is_state_organ(actor);
    };
    return on_bare(a, b) || on_bare(b, a);
}

// An actor's role code: the first three letters of its sector ("MIL" of "MILGOV").
std::string_view role_of(const ActorMention& m) {
    return std::string_view(m.sector).substr(0, 3);
}

// The code an event takes given who does it to whom (CAMEO 1.1b3), or "" when
// none fits. A protest (root 14) is a civilian act: when armed actors "surround"
// or "loot", the verb's own code, if it is no protest, is what they did; else
// nothing. Conventional force (190, 193-195) by rebels, insurgents or gunmen on
// civilians, institutions or groups of no state role ("a suicide bomber killed
// 13 people") is unconventional violence (180). Blocking (144) fits forces too. `fallback` is the verb's own
// code for this direction.
constexpr std::string_view kObstruct = "144";  // CAMEO "obstruct passage, block"

std::string code_for_parties(const Lexicon& lex, std::string cameo, std::string_view fallback,
                             const ActorMention* source, const ActorMention* target) {
    if (!source) return cameo;
    const std::string_view src = role_of(*source);
    const bool armed_source = !src.empty() && lex.is(src, wc_armed_sector);
    if (armed_source && cameo.starts_with("14")) {
        if (!fallback.empty() && !fallback.starts_with("14")) return std::string(fallback);
        // Forces do block roads ("soldiers cordoned off the roads", 144); they do
        // not demonstrate, strike or riot.
        return cameo.starts_with(kObstruct) ? cameo : std::string();
    }
    constexpr std::array<std::string_view, 4> kConventionalForce{"190", "193", "194", "195"};
    if (target && !src.empty() && lex.is(src, wc_irregular_force) &&
        std::find(kConventionalForce.begin(), kConventionalForce.end(), cameo) != kConventionalForce.end()) {
        const std::string_view tgt = role_of(*target);
        if (!tgt.empty() && !lex.is(tgt, wc_armed_sector) && !is_state_organ(*target)) return "180";
    }
    return cameo;
}

// Prepositions of a phrase that may hold the place an act of force or of a state
// is done to (place_target): "in Gaza", "near Kyiv", "the outskirts of Aleppo",
// "an assault on Mosul", "fired at a village".
constexpr std::array<std::string_view, 6> kPlaceObjectPreps{"in", "near", "of", "on", "at", "against"};

// "Iran is prepared to use force", "the rebels vowed to attack": a hostile act
// announced (after a word of the threat_intent class and "to") has not happened;
// CAMEO codes the announcement as a threat of its kind: reduced relations (16)
// as a threat of non-force (131), coercion (17) of administrative sanctions
// (132), force (18-20) of military force (138). Other codes stay.
std::string threat_code(const std::string& cameo) {
    if (cameo.starts_with("16")) return "131";
    if (cameo.starts_with("17")) return "132";
    if (cameo.starts_with("18") || cameo.starts_with("19") || cameo.starts_with("20")) return "138";
    return cameo;
}

// "pledged to send aid", "promised to release the prisoners", "offered to hand
// over the suspects": a cooperative act announced the same way (word class
// threat_intent) has not happened either; CAMEO codes the announcement as an
// intent to do it (03), of the same kind where the codebook has one: consult
// (04) as 036 (mediate, 045, as 039), diplomatic cooperation (05) as 032 (an
// agreement, 057, as 030), material cooperation (06) as 031x, aid (07) as 033x,
// yielding (08) as 035x or, for political reform (083x), 034x. Other codes stay.
std::string intent_code(const std::string& cameo) {
    if (cameo.size() < 3) return cameo;
    const std::string_view c = cameo;
    const char kind = c[2];  // the third digit: the kind within the root
    const std::string_view sub = c.size() > 3 ? c.substr(3, 1) : std::string_view();
    if (c.starts_with("045")) return "039";
    if (c.starts_with("04")) return "036";
    if (c.starts_with("057")) return "030";
    if (c.starts_with("05")) return "032";
    if (c.starts_with("06")) return kind >= '1' && kind <= '4' ? std::string("031") + kind : "031";
    if (c.starts_with("07")) return kind >= '1' && kind <= '4' ? std::string("033") + kind : "033";
    if (c.starts_with("083")) return sub.empty() ? "034" : "034" + std::string(sub);
    if (c.starts_with("08")) {
        // 081 -> 0351, 082 -> 0352, 084 -> 0353, 085 -> 0354, 086 -> 0355, 087 -> 0356
        constexpr std::array<std::pair<char, std::string_view>, 6> kYield{
            {{'1', "0351"}, {'2', "0352"}, {'4', "0353"}, {'5', "0354"}, {'6', "0355"}, {'7', "0356"}}};
        for (const auto& [from, to] : kYield)
            if (kind == from) return std::string(to);
        return "035";
    }
    return cameo;
}

EventActor make_actor(const Document& doc, int32_t a) {
    const ActorMention& m = doc.actors[a];
    EventActor out;
    out.text = std::string(doc.view(m.span));
    out.code = m.code;
    out.country = m.country;
    out.sector = m.sector;
    out.span = m.span;
    out.country_from = m.country_from;
    return out;
}

// The code a predicate takes and the rule that gave it.
struct CodeChoice {
    const EventCodePair* code = nullptr;
    SourceRef rule;
    bool fired = false;  // a pattern matched (else the verb's default code)
    PatternMatch match;  // the pattern's slot bindings (empty for a default code)
};

struct Roles {
    int32_t source = -1;
    int32_t target = -1;
};

using ActorPairs = std::vector<std::pair<int32_t, int32_t>>;

// A predicate with where it sits: its clause and the tokens its rules may use.
struct PredicateSite {
    const Predicate& p;
    const VerbForm& form;
    int32_t clause;
    TokenRange window;
    std::string_view verb;  // its words, for explanations and Event::verb_text
};

// Codes one sentence: one method per step, shared state in members.
class SentenceCoder {
public:
    SentenceCoder(const EventCoderResources& res, Document& doc, uint32_t sentence, EventExplainer& explain)
        : res_(res),
          verbs_(*res.verbs),
          lex_(*res.lexicon),
          doc_(doc),
          sentence_(sentence),
          view_(doc, sentence),
          explain_(explain) {}

    void run();

private:
    bool spells_out_previous(const Predicate& p) const;
    bool infinitive_of_demand(const Predicate& p) const;
    bool complement_of_demand(const Predicate& p) const;
    std::optional<CodeChoice> choose_code(size_t index, const PredicateSite& site);
    Roles assign_actors(const PredicateSite& site, const CodeChoice& choice, const VerbFeatures& features) const;
    Roles nominal_actors(const PredicateSite& site, Roles roles) const;
    int32_t possessor_of(uint32_t noun) const;
    int32_t support_verb_subject(const PredicateSite& site) const;
    int32_t of_object(uint32_t after, int32_t not_this) const;
    int32_t doer_of_referred_act(const PredicateSite& site, int32_t source) const;
    int32_t event_noun_owner(const PredicateSite& site, int32_t patient) const;
    int32_t violent_clause_subject(const PredicateSite& site, int32_t patient) const;
    bool denied_content(int32_t clause) const;
    Roles passive_actors(const PredicateSite& site, const CodeChoice& choice, Roles roles) const;
    Roles active_actors(const PredicateSite& site, Roles roles) const;
    bool owned_by_source(const PredicateSite& site, Roles roles) const;
    bool verb_group_between(uint32_t from, uint32_t until) const;
    bool speaker_before(const PredicateSite& site, int32_t source) const;
    ActorPairs pair_actors(const PredicateSite& site, const CodeChoice& choice, Roles roles) const;
    bool past_object(const PredicateSite& site, int32_t target) const;
    int32_t document_issuer(const PredicateSite& site) const;
    void add_split_conjunct(std::vector<int32_t>& actors) const;
    std::optional<Attribution> attribution(int32_t clause) const;
    bool object_is_no_party(const PredicateSite& site) const;
    bool shares_subject(const PredicateSite& site, const ActorMention& actor) const;
    bool accuses(const PredicateSite& site, const CodeChoice& choice, Roles roles) const;
    bool blames(const ActorMention& accused, int32_t clause) const;
    bool demands(const PredicateSite& site, const CodeChoice& choice, Roles roles) const;
    bool reports_hostile_act(const Coded& report) const;
    void set_code(Event& e, std::string_view cameo) const;
    std::optional<EventActor> place_target(const PredicateSite& site, std::string_view cameo, bool asserted,
                                           std::string_view one_sided_refused) const;
    std::optional<EventActor> own_state_target(const CodeChoice& choice, std::string_view cameo, int32_t source,
                                               std::string_view one_sided_refused) const;
    std::string_view one_sided_refusal(const PredicateSite& site, const CodeChoice& choice,
                                       const VerbFeatures& features, Modality modality, bool report,
                                       int32_t source) const;
    void build_events(const PredicateSite& site, const CodeChoice& choice, const VerbFeatures& features, Roles roles,
                      const ActorPairs& pairs);
    double confidence(const PredicateSite& site, const CodeChoice& choice, const VerbFeatures& features,
                      Modality modality, int32_t source, int32_t target) const;
    double side_evidence(const PredicateSite& site, int32_t actor) const;
    void emit();

    const EventCoderResources& res_;
    const VerbDictionary& verbs_;
    const Lexicon& lex_;
    Document& doc_;
    const uint32_t sentence_;
    const SentenceView view_;
    EventExplainer& explain_;
    std::vector<Predicate> predicates_;
    std::vector<Coded> coded_;
    uint32_t pattern_used_until_ = 0;  // nouns inside a fired pattern ("held talks") are no events of their own
};

void SentenceCoder::run() {
    predicates_ = find_predicates(view_, verbs_);
    explain_.sentence(view_, sentence_);
    for (size_t pi = 0; pi < predicates_.size(); ++pi) {
        const Predicate& p = predicates_[pi];
        if (p.head < pattern_used_until_) {
            explain_.no_event(doc_.view(TokenRange{p.first, p.last}), NoEventReason::inside_pattern);
            continue;
        }
        if (spells_out_previous(p)) {
            explain_.no_event(doc_.view(TokenRange{p.first, p.last}), NoEventReason::spelled_out);
            continue;
        }
        if (infinitive_of_demand(p) || complement_of_demand(p)) {
            explain_.no_event(doc_.view(TokenRange{p.first, p.last}), NoEventReason::intention);
            continue;
        }
        const VerbEntry& entry = verbs_.entries()[p.entry];
        const int32_t clause = view_.clause_at(p.head);
        TokenRange window = view_.clause_tokens(clause);
        window.first = std::max(window.first, view_.first());
        window.last = std::min(window.last, view_.last());
        // Patterns (and the actor rules after them) may reach a subject in the
        // governing clause of a conjoined verb.
        if (view_.subject_before(clause, p.first, false) < 0) window.first = view_.first();
        const PredicateSite site{p, entry.forms[p.form], clause, window, doc_.view(TokenRange{p.first, p.last})};

        const std::optional<CodeChoice> choice = choose_code(pi, site);
        if (!choice) continue;
        VerbFeatures features = read_verb_group(view_, lex_, p, site.form);
        if (!p.noun && denied_content(clause)) features.negated = true;
        Roles roles = assign_actors(site, *choice, features);
        if (roles.target >= 0) {
            const int32_t head = phrase_head_actor(view_, roles.target);
            if (head != roles.source) roles.target = head;
        }
        build_events(site, *choice, features, roles, pair_actors(site, *choice, roles));
    }
    emit();
}

// "urged Eriador to respond to ...": an infinitive after a coded verb of the
// same clause spells out that event rather than adding one.
bool SentenceCoder::spells_out_previous(const Predicate& p) const {
    const auto& tokens = doc_.tokens;
    return !p.noun && p.first > view_.first() && tokens[p.first - 1].norm == "to" &&
           tokens[p.first - 1].pos == P::particle && !coded_.empty() &&
           coded_.back().clause == view_.clause_at(p.head) && !coded_.back().report && !coded_.back().from_noun;
}

// "ignored the demand to explain", "rejected calls to resign": the infinitive
// completing a noun of demand is what was asked for, not something that
// happened. (Not any noun: "opened fire to disperse" is a purpose carried out.)
bool SentenceCoder::infinitive_of_demand(const Predicate& p) const {
    const auto& tokens = doc_.tokens;
    if (p.noun || p.first < view_.first() + 2) return false;
    const Token& to = tokens[p.first - 1];
    const uint32_t noun = p.first - 2;
    return to.norm == "to" && to.pos == P::particle && lex_.is(tokens[noun].norm, wc_demand_noun) &&
           view_.actor_at(noun) < 0;
}

// "Russia demanded that NATO withdraw its troops": the verb of a "that" clause
// completing a verb of demand (word class demand_noun) is what was asked for;
// the demand itself is the event, the withdrawal did not happen.
bool SentenceCoder::complement_of_demand(const Predicate& p) const {
    if (p.noun) return false;
    const auto& tokens = doc_.tokens;
    const int32_t clause = view_.clause_at(p.head);
    if (clause < 0) return false;
    const TokenRange r = view_.clause_tokens(clause);
    if (r.first <= view_.first() || tokens[r.first].norm != "that" || r.first >= p.first) return false;
    uint32_t t = r.first;
    while (t > view_.first() && tokens[t - 1].pos == P::adverb) --t;
    if (t <= view_.first()) return false;
    const Token& verb = tokens[t - 1];
    return verb.pos == P::verb && lex_.is(verb.norm, wc_demand_noun);
}

// Patterns, most specific first; the first match decides (even a null code).
// Else the verb's default code. Nothing when neither gives an event.
std::optional<CodeChoice> SentenceCoder::choose_code(size_t index, const PredicateSite& site) {
    const Predicate& p = site.p;
    const VerbEntry& entry = verbs_.entries()[p.entry];
    const VerbOccurrence occ{p.first, p.last, site.window, find_subject(view_, lex_, site.clause, p.first)};

    CodeChoice choice;
    for (uint32_t pid : verbs_.patterns_for(p.entry)) {
        const VerbPattern& pattern = verbs_.patterns()[pid];
        if (match_pattern(pattern, verbs_, view_, occ, choice.match)) {
            choice.fired = true;
            choice.code = &pattern.code;
            choice.rule = pattern.origin;
            pattern_used_until_ = std::max(pattern_used_until_, choice.match.end);
            explain_.pattern_matched(site.verb, pattern, entry.has_code ? &entry.code : nullptr);
            break;
        }
        explain_.pattern_failed(site.verb, pattern);
    }
    if (!choice.fired) {
        choice.match = PatternMatch{};  // bindings of a failed attempt do not count
        if (!entry.has_code) {
            explain_.no_event(site.verb, NoEventReason::no_code);
            return std::nullopt;
        }
        choice.code = &entry.code;
        choice.rule = entry.origin;
        explain_.default_code(site.verb, entry);
        // "plans to visit", "agreed to meet": the later verb carries the event
        // when this one has no pattern of its own for it.
        if (p.last + 1 < view_.last() && doc_.tokens[p.last].norm == "to" && index + 1 < predicates_.size() &&
            predicates_[index + 1].first == p.last + 1 && !predicates_[index + 1].noun) {
            explain_.no_event(site.verb, NoEventReason::yields);
            return std::nullopt;
        }
    }
    if (choice.code->null()) {
        if (explain_.enabled()) explain_.no_event(site.verb, NoEventReason::null_code, doc_.rule_text(choice.rule));
        return std::nullopt;
    }
    return choice;
}

Roles SentenceCoder::assign_actors(const PredicateSite& site, const CodeChoice& choice,
                                   const VerbFeatures& features) const {
    Roles bound{choice.match.source, choice.match.target};
    // A pattern's TARGET slot may have reached the subject of a following clause.
    if (bound.target >= 0 && bound.target != bound.source && opens_clause(view_, bound.target)) bound.target = -1;
    if (site.p.noun) return nominal_actors(site, bound);
    // "Colombia's cross-border killing of ...": a gerund with an owner is an event noun.
    if (doc_.tokens[site.p.head].norm.ends_with("ing") && possessor_of(site.p.first) >= 0)
        return nominal_actors(site, bound);
    if (features.passive) return passive_actors(site, choice, bound);
    Roles roles = active_actors(site, bound);
    if (bound.source < 0 && roles.source >= 0 && speaker_before(site, roles.source)) roles.source = -1;
    // "denounced the declaration", "rejected the proposal": the doer of the act
    // the object refers back to.
    if (roles.target < 0 && roles.source >= 0 && disapproving_root(choice.code->primary))
        roles.target = doer_of_referred_act(site, roles.source);
    // "said that tariffs could be raised if China ...", "declared the region a
    // state, launching a bid backed by Egypt": a bare statement is addressed to
    // its object or is about the subject of the clause it introduces, never to an
    // actor found past that clause's verb.
    if (!choice.fired && choice.code->primary == kBareStatement && bound.target < 0 && roles.target >= 0 &&
        verb_group_between(site.p.last, doc_.actors[roles.target].tokens.first))
        roles.target = -1;
    // "Israel struck Gaza, the Israeli military said, after Hamas fired ...": a
    // parenthetical statement (a comma right after its verb) reports what came
    // before; it is addressed to no one after it.
    if (!choice.fired && choice.code->primary == kBareStatement && bound.target < 0 && roles.target >= 0 &&
        site.p.last < view_.last() && doc_.tokens[site.p.last].norm == ",")
        roles.target = -1;
    return roles;
}

// "strikes, which officials said have killed 198 people", "a man who police
// say shot two guards": a reporting verb between the subject found and the
// predicate makes that subject the speaker, not the agent (who is the
// relative's antecedent, which the rules do not reach).
bool SentenceCoder::speaker_before(const PredicateSite& site, int32_t source) const {
    const auto& tokens = doc_.tokens;
    const uint32_t from = doc_.actors[source].tokens.last;
    if (from >= site.p.first || site.p.first - from > kAgentSearch) return false;
    bool reported = false;  // a reporting verb seen, with nothing that could be a subject after it
    for (uint32_t t = from; t < site.p.first; ++t) {
        if (tokens[t].pos == P::verb && lex_.is(tokens[t].norm, wc_report))
            reported = true;
        else if (view_.actor_at(t) >= 0 || tokens[t].pos == P::pronoun || tokens[t].pos == P::noun ||
                 tokens[t].pos == P::proper_noun)
            reported = false;
    }
    return reported;
}

// Whether a verb group starts in [from, until).
bool SentenceCoder::verb_group_between(uint32_t from, uint32_t until) const {
    for (uint32_t t = from; t < until; ++t) {
        const int32_t ch = view_.chunk_at(t);
        if (ch >= 0 && doc_.chunks[ch].kind == ChunkKind::verb_group && doc_.chunks[ch].tokens.first == t) return true;
    }
    return false;
}

// A nominal event: its modifier ("a US airstrike") or "by X" is the source;
// "attacks on US forces", "strike against X" name the target.
Roles SentenceCoder::nominal_actors(const PredicateSite& site, Roles roles) const {
    const Predicate& p = site.p;
    if (roles.source < 0) {
        const int32_t ch = view_.chunk_at(p.head);
        if (ch >= 0)
            for (uint32_t t = doc_.chunks[ch].tokens.first; t < p.first; ++t)
                if (view_.actor_at(t) >= 0) roles.source = view_.actor_at(t);
    }
    const int32_t owner = roles.source < 0 ? possessor_of(p.first) : -1;
    if (owner >= 0) roles.source = owner;
    const int32_t by = roles.source < 0 ? agent_by(view_, lex_, p.last, site.window.last) : -1;
    if (by >= 0) roles.source = by;
    if (roles.source < 0) roles.source = support_verb_subject(site);
    if (roles.target < 0) roles.target = nominal_target(view_, lex_, p.last, site.window.last, roles.source);
    // "Iraq's invasion of Kuwait", "Russia's annexation of Crimea": with the agent
    // in the possessive, the "of" phrase right after the noun names the patient.
    // "the arrest of X by Y", "the shelling of X by Y": so does an "of" phrase
    // right after the noun when a "by" phrase names the agent.
    if (roles.target < 0 && (owner >= 0 || by >= 0)) roles.target = of_object(p.last, roles.source);
    return roles;
}

// "Iraq's invasion", "Israel's recent air strikes": the actor in the possessive
// before an event noun starting at `noun` (modifiers may come between); -1 when none.
int32_t SentenceCoder::possessor_of(uint32_t noun) const {
    constexpr uint32_t kMaxModifiers = 2;
    const auto& tokens = doc_.tokens;
    for (uint32_t t = noun, skipped = 0; t > view_.first() + 1 && skipped <= kMaxModifiers; ++skipped) {
        const Token& before = tokens[--t];
        if (before.norm == "'s" || before.norm == "'") return view_.actor_at(t - 1);
        if (view_.actor_at(t) >= 0 ||
            (before.pos != P::adjective && before.pos != P::adverb && before.pos != P::number && before.pos != P::noun))
            return -1;
    }
    return -1;
}

// "South Korea started an exchange of fire": the subject of the support verb
// whose object the event noun heads; -1 when the noun is no such object.
int32_t SentenceCoder::support_verb_subject(const PredicateSite& site) const {
    const int32_t ch = view_.chunk_at(site.p.head);
    if (ch <= 0 || doc_.chunks[ch].kind != ChunkKind::noun_phrase) return -1;
    const Chunk& verb = doc_.chunks[ch - 1];
    if (verb.kind != ChunkKind::verb_group || verb.tokens.first < view_.first() ||
        verb.tokens.last != doc_.chunks[ch].tokens.first)
        return -1;
    if (!lex_.is(doc_.tokens[verb.tokens.last - 1].norm, wc_support_verb)) return -1;
    return find_subject(view_, lex_, view_.clause_at(verb.tokens.first), verb.tokens.first);
}

// The actor of an "of" phrase right after token `after` ("of Kuwait", "of the
// Iraqi army"), skipping a determiner and modifiers; -1 when none.
int32_t SentenceCoder::of_object(uint32_t after, int32_t not_this) const {
    constexpr uint32_t kMaxModifiers = 3;
    const auto& tokens = doc_.tokens;
    if (after >= view_.last() || tokens[after].norm != "of") return -1;
    for (uint32_t t = after + 1; t < view_.last() && t <= after + 1 + kMaxModifiers; ++t) {
        const int32_t a = view_.actor_at(t);
        if (a >= 0) return a != not_this ? a : -1;
        if (tokens[t].pos != P::determiner && tokens[t].pos != P::adjective && tokens[t].pos != P::number) return -1;
    }
    return -1;
}

// "were killed in a Taliban ambush", "died in an Israeli airstrike": the actor
// modifying the event or clash noun that heads the "in"/"during" phrase right
// after a passive of violence did it; -1 when none.
int32_t SentenceCoder::event_noun_owner(const PredicateSite& site, int32_t patient) const {
    const int32_t ch = view_.chunk_at(site.p.last);
    if (ch < 0 || doc_.chunks[ch].kind != ChunkKind::prepositional || doc_.chunks[ch].tokens.first != site.p.last)
        return -1;
    const Chunk& pp = doc_.chunks[ch];
    const std::string_view prep = doc_.tokens[pp.tokens.first].norm;
    if (prep != "in" && prep != "during") return -1;
    const bool event_noun =
        lex_.is(doc_.tokens[pp.head].norm, wc_clash_noun) ||
        std::any_of(predicates_.begin(), predicates_.end(), [&](const Predicate& q) {
            return q.noun && q.head >= pp.tokens.first && q.head < pp.tokens.last && q.last > pp.head;
        });
    if (!event_noun) return -1;
    for (uint32_t t = pp.tokens.first + 1; t < pp.head; ++t) {
        const int32_t a = view_.actor_at(t);
        if (a >= 0 && a != patient && doc_.actors[a].tokens.last <= pp.head) return a;
    }
    return -1;
}

// "two soldiers were killed when Indian troops opened fire": the subject of a
// "when"/"as"/"after" clause right after a passive of violence, whose own verb
// is violence, did it; -1 when none.
int32_t SentenceCoder::violent_clause_subject(const PredicateSite& site, int32_t patient) const {
    const auto& tokens = doc_.tokens;
    const uint32_t opener = site.p.last;
    if (opener + 2 >= view_.last() || !lex_.is(tokens[opener].norm, wc_concurrent)) return -1;
    int32_t subject = -1;
    uint32_t t = opener + 1;
    for (; t < view_.last() && t < opener + kAgentSearch; ++t) {
        const int32_t a = view_.actor_at(t);
        if (a >= 0 && subject < 0) subject = a;
        if (tokens[t].pos == P::verb || tokens[t].pos == P::auxiliary || tokens[t].pos == P::modal) break;
    }
    if (subject < 0 || subject == patient || doc_.actors[subject].tokens.last > t) return -1;
    const uint32_t verb_at = t;
    const bool violent = std::any_of(predicates_.begin(), predicates_.end(), [&](const Predicate& q) {
        return !q.noun && q.first >= verb_at && q.first < verb_at + kClashToVerb &&
               hostile_root(verbs_.entries()[q.entry].code.primary);
    });
    return violent ? subject : -1;
}

// "Kosovo's parliament declared independence. Serbia denounced the declaration":
// a definite object noun naming an act that a verb of the same stem reported
// earlier (in this sentence or the few before) refers to that act, whose doer
// (the verb's subject) is the target of a disapproval or rejection; so does an
// object "it" after such a noun in the sentence. -1 when none.
int32_t SentenceCoder::doer_of_referred_act(const PredicateSite& site, int32_t source) const {
    const auto& tokens = doc_.tokens;
    const uint32_t after = site.p.last;
    if (after >= site.window.last) return -1;
    // A definite noun phrase: its head names the act. "..., and Russia also
    // rejected it": "it" stands for the nearest definite object before it.
    auto definite_head = [&](uint32_t t) -> int32_t {
        const int32_t ch = view_.chunk_at(t);
        if (ch < 0 || doc_.chunks[ch].kind != ChunkKind::noun_phrase) return -1;
        const Chunk& np = doc_.chunks[ch];
        if (!lex_.is(tokens[np.tokens.first].norm, wc_definite) || tokens[np.head].pos != P::noun) return -1;
        return static_cast<int32_t>(np.head);
    };
    int32_t noun_at = -1;
    if (tokens[after].norm == "it" && tokens[after].pos == P::pronoun) {
        for (uint32_t t = site.p.first; t-- > view_.first() && noun_at < 0;)
            if (definite_head(t) == static_cast<int32_t>(t)) noun_at = static_cast<int32_t>(t);
    } else if (after + 1 < site.window.last && lex_.is(tokens[after].norm, wc_definite)) {
        noun_at = definite_head(after);
    }
    if (noun_at < 0 || tokens[noun_at].norm.size() <= kActStem) return -1;
    const std::string_view stem = std::string_view(tokens[noun_at].norm).substr(0, kActStem);
    const uint32_t search_end = std::min(site.p.first, static_cast<uint32_t>(noun_at));
    const uint32_t oldest = sentence_ >= kReferredActSentences ? sentence_ - kReferredActSentences : 0;
    for (uint32_t si = sentence_ + 1; si-- > oldest;) {
        const TokenRange r = doc_.sentences[si].tokens;
        const uint32_t end = si == sentence_ ? search_end : r.last;
        for (uint32_t t = end; t-- > r.first;) {
            if (tokens[t].pos != P::verb || !tokens[t].norm.starts_with(stem)) continue;
            if (t > r.first && lex_.is(tokens[t - 1].norm, wc_passive)) return -1;  // "was declared": no doer named
            if (si == sentence_) {
                const int32_t doer = find_subject(view_, lex_, view_.clause_at(t), t);
                return doer != source ? doer : -1;
            }
            const SentenceView earlier(doc_, si);  // only when a stem matched: rare
            const int32_t doer = find_subject(earlier, lex_, earlier.clause_at(t), t);
            return doer != source ? doer : -1;
        }
    }
    return -1;
}

// A passive: "by X" is the source and the subject the target, except that an
// agentless force moved somewhere acts on the destination.
Roles SentenceCoder::passive_actors(const PredicateSite& site, const CodeChoice& choice, Roles roles) const {
    const Predicate& p = site.p;
    const PatternMatch& match = choice.match;
    int32_t agent = agent_by(view_, lex_, p.last, site.window.last);
    int32_t patient = find_subject(view_, lex_, site.clause, p.first);
    // "mourned soldiers killed by X": without its "be", the passive's patient is
    // the noun it follows, not the clause's subject.
    if (p.first > view_.first() && view_.actor_at(p.first - 1) >= 0 && by_agent_follows(view_, lex_, p, site.form))
        patient = view_.actor_at(p.first - 1);
    // "rockets fired at Haifa by Hezbollah": the thing was used on whoever its
    // phrases aim it at, not on the clause's subject.
    if (reduced_passive_after_thing(view_, lex_, p, site.form))
        patient = nominal_target(view_, lex_, p.last, site.window.last, agent);
    // "soldiers were killed in a clash with X": violence without "by" whose
    // encounter names the other side; that side did it.
    if (agent < 0 && patient >= 0 && hostile_root(choice.code->primary))
        agent = clash_partner(view_, lex_, p.last, site.window.last, patient);
    if (agent < 0 && patient >= 0 && hostile_root(choice.code->primary)) agent = event_noun_owner(site, patient);
    if (agent < 0 && patient >= 0 && hostile_root(choice.code->primary)) agent = violent_clause_subject(site, patient);
    // Look for a destination only where the force rule can apply.
    const bool force_moved = agent < 0 && patient >= 0 && choice.code->primary.starts_with(kForcePostureRoot) &&
                             is_force(doc_.actors[patient]);
    const int32_t destination = force_moved ? destination_after(view_, lex_, p.last, site.window.last) : -1;
    if (destination >= 0 && destination != patient) {
        explain_.force_moved(site.verb, doc_.view(doc_.actors[patient].span), doc_.view(doc_.actors[destination].span));
        return Roles{patient, destination};
    }
    if (roles.source < 0 || match.source == patient) roles.source = agent;
    if (roles.target < 0 || roles.target == agent) roles.target = patient;
    if (match.source >= 0 && match.source == patient) roles.target = patient;
    return roles;
}

// "The warrant, issued by the ICC, accused ...", "a statement from the Iranian
// foreign ministry condemned ...": a document subject speaks for the body named
// in a "by" / "from" / "of" phrase after it, before the verb; -1 when none.
int32_t SentenceCoder::document_issuer(const PredicateSite& site) const {
    const auto& tokens = doc_.tokens;
    uint32_t t = site.window.first;
    while (t < site.p.first && !(lex_.is(tokens[t].norm, wc_document) && tokens[t].pos == P::noun)) {
        if (view_.actor_at(t) >= 0 || tokens[t].pos == P::verb) return -1;  // the subject is something else
        ++t;
    }
    for (++t; t < site.p.first; ++t) {
        const int32_t a = view_.actor_at(t);
        if (a < 0) continue;
        const int32_t c = view_.chunk_at(t);
        if (c < 0 || doc_.chunks[c].kind != ChunkKind::prepositional) return -1;
        const std::string_view prep = tokens[doc_.chunks[c].tokens.first].norm;
        return prep == "by" || prep == "from" || prep == "of" ? a : -1;
    }
    return -1;
}

// Whether the target is the verb's object written as the source's own ("placed
// its troops", "recalled their ambassador") with the source's country.
bool SentenceCoder::owned_by_source(const PredicateSite& site, Roles roles) const {
    const ActorMention& target = doc_.actors[roles.target];
    const ActorMention& source = doc_.actors[roles.source];
    const uint32_t at = target.tokens.first;
    if (at != site.p.last + 1 || target.country.empty() || target.country != source.country) return false;
    const std::string& owner = doc_.tokens[at - 1].norm;
    return owner == "its" || owner == "their";
}

// An active verb: the clause's subject acts on the first actor after the verb.
Roles SentenceCoder::active_actors(const PredicateSite& site, Roles roles) const {
    const Predicate& p = site.p;
    const auto& tokens = doc_.tokens;
    // '"... now," said a Syrian official': an inverted attribution. The speaker
    // follows the verb; the actors of the quote before it are neither side.
    if (roles.source < 0 && roles.target < 0 && lex_.is(tokens[p.head].norm, wc_report) && p.first > view_.first() &&
        tokens[p.first - 1].pos == P::punctuation &&
        (tokens[p.first - 1].norm == "," || tokens[p.first - 1].norm == "\"")) {
        roles.source = first_actor_after(view_, lex_, p.last, std::min(view_.last(), p.last + kAgentSearch), -1);
        return roles;
    }
    if (roles.source < 0) roles.source = find_subject(view_, lex_, site.clause, p.first);
    if (roles.source < 0) roles.source = document_issuer(site);
    const bool pattern_target = roles.target >= 0;
    if (roles.target < 0) roles.target = first_actor_after(view_, lex_, p.last, site.window.last, roles.source);
    // "Serbia placed its troops on alert near Kosovo": an object the subject owns
    // ("its", "their") is the subject's own means, not the other side; the target
    // is the next actor.
    if (roles.target >= 0 && roles.source >= 0 && !pattern_target && owned_by_source(site, roles))
        roles.target =
            first_actor_after(view_, lex_, doc_.actors[roles.target].tokens.last, site.window.last, roles.source);
    // "X reached an agreement with Y to establish ...": the partner of an
    // infinitive's subject is the one named in the "with" phrase before it.
    if (roles.target < 0 && p.first > view_.first() && tokens[p.first - 1].norm == "to") {
        for (uint32_t t = p.first - 1; t-- > site.window.first && t + kAgentSearch > p.first;) {
            if (tokens[t].norm != "with") continue;
            roles.target = first_actor_after(view_, lex_, t + 1, p.first, roles.source);
            break;
        }
    }
    // "Iran said Iraq was ...", "officials complained that the US attack ...":
    // a statement's target may be the subject of the clause it introduces.
    const bool complement = p.last < view_.last() &&
                            (lex_.is(tokens[p.last].norm, wc_complementizer) && tokens[p.last].pos == P::subordinator);
    if (roles.target < 0 && (complement || lex_.is(tokens[p.head].norm, wc_report)))
        roles.target =
            first_actor_after(view_, lex_, p.last, std::min(view_.last(), p.last + kAgentSearch), roles.source);
    return roles;
}

// Conjoined actors expanded into (source, target) pairs; -1 is a missing side.
ActorPairs SentenceCoder::pair_actors(const PredicateSite& site, const CodeChoice& choice, Roles roles) const {
    std::vector<int32_t> sources = view_.conjoined(roles.source);
    const bool joint_subject = sources.size() >= 2 && !site.p.noun && reciprocal(*choice.code);
    // "China and Russia signed a deal worth US$400 billion": an actor found past
    // a non-actor object is no counterpart of a joint subject; the two sign with
    // each other.
    if (joint_subject && choice.match.target < 0 && roles.target >= 0 && past_object(site, roles.target))
        roles.target = -1;
    std::vector<int32_t> targets = view_.conjoined(roles.target);
    add_split_conjunct(targets);
    ActorPairs pairs;
    if ((choice.match.compound || (targets.empty() && joint_subject)) && sources.size() >= 2) {
        // "The United States and Iraq are holding talks": each acts on the other
        // (parties of one country do not make an event here, unless one is the
        // state and the other its rebels or opposition: "the president and the
        // rebel leader signed a deal"). Only for reciprocal events: "Iran and Iraq
        // called for calm" is a joint appeal, not an appeal of each to the other.
        for (int32_t a : sources)
            for (int32_t b : sources) {
                const ActorMention& x = doc_.actors[a];
                const ActorMention& y = doc_.actors[b];
                if (a != b && (x.country != y.country || is_state_organ(x) != is_state_organ(y)))
                    pairs.emplace_back(a, b);
            }
        return pairs;
    }
    if (sources.empty()) sources.push_back(-1);
    if (targets.empty()) targets.push_back(-1);
    for (int32_t a : sources)
        for (int32_t b : targets) pairs.emplace_back(a, b);
    return pairs;
}

// Whether `target` comes after a noun phrase without an actor (the verb's
// object) and outside a prepositional phrase ("presented credentials to X",
// "ties between X and Y" name a counterpart; "a deal worth US$400" does not).
bool SentenceCoder::past_object(const PredicateSite& site, int32_t target) const {
    const uint32_t at = doc_.actors[target].tokens.first;
    const int32_t own = view_.chunk_at(at);
    if (own >= 0 && doc_.chunks[own].kind == ChunkKind::prepositional) return false;
    if (at > view_.first() && doc_.tokens[at - 1].pos == P::preposition) return false;
    for (uint32_t t = site.p.last; t < at; ++t) {
        const int32_t ch = view_.chunk_at(t);
        if (ch >= 0 && doc_.chunks[ch].kind == ChunkKind::noun_phrase && view_.actor_at(t) < 0 &&
            doc_.tokens[t].pos == P::noun)
            return true;
    }
    return false;
}

// "North Korea said South Korea started an exchange of fire", "the ministry said
// that Armenia began shelling": a bare statement whose content is violence or
// coercion (a verb or event noun whose own code is of CAMEO 17-20), or blame
// ("said Iraq was responsible", see blames), done by its
// target, the subject of the clause it introduces, and that names no victim or
// one of the speaker's side, is an accusation of that actor, as CAMEO coders
// code it; the act itself is coded as well. Not when the
// speaker reports on its own side ("Iraq said its forces ..."), nor when a news
// medium reports.
bool SentenceCoder::accuses(const PredicateSite& site, const CodeChoice& choice, Roles roles) const {
    if (site.p.noun || choice.fired || choice.code->primary != kBareStatement || roles.source < 0 || roles.target < 0 ||
        !lex_.is(doc_.tokens[site.p.head].norm, wc_report))
        return false;
    const ActorMention& speaker = doc_.actors[roles.source];
    const ActorMention& accused = doc_.actors[roles.target];
    if (speaker.country.empty() || accused.country.empty() || speaker.country == accused.country ||
        role_of(speaker) == kMedia || accused.tokens.first < site.p.last)
        return false;
    // The subject of the content (a verb follows), not the statement's hearer ("told Iraq that").
    uint32_t after = accused.tokens.last;
    while (after < view_.last() && doc_.tokens[after].pos == P::adverb) ++after;
    if (after >= view_.last() || (doc_.tokens[after].pos != P::verb && doc_.tokens[after].pos != P::auxiliary &&
                                  doc_.tokens[after].pos != P::modal))
        return false;
    const int32_t clause = view_.clause_at(accused.tokens.first);
    if (blames(accused, clause)) return true;
    // The first coded verb or noun of the content decides: "said Ukraine accused
    // Poland of shelling" reports an accusation, not shelling by Ukraine.
    for (const Predicate& q : predicates_) {
        if (q.first < accused.tokens.last || view_.clause_at(q.head) != clause) continue;
        const VerbEntry& entry = verbs_.entries()[q.entry];
        if (!entry.has_code) continue;
        if (!hostile_root(entry.code.primary)) return false;
        // "Syria said Iran attacked Iraq" reports on others: the speaker accuses
        // only when the act has no victim named or hit the speaker's own side.
        const TokenRange r = view_.clause_tokens(clause);
        const int32_t victim = first_actor_after(view_, lex_, q.last, std::min(r.last, view_.last()), roles.target);
        return victim < 0 || doc_.actors[victim].country == speaker.country;
    }
    return false;
}

// "The ministry declared that China must drop its barriers": a bare statement
// whose target is the subject of its content and is followed by a modal of
// obligation (word class demand_noun: "must") is a demand (100) on it, as CAMEO
// coders code it. Not the hearer of "told Iraq that ...", nor the speaker's own side.
bool SentenceCoder::demands(const PredicateSite& site, const CodeChoice& choice, Roles roles) const {
    if (site.p.noun || choice.fired || choice.code->primary != kBareStatement || roles.source < 0 || roles.target < 0 ||
        !lex_.is(doc_.tokens[site.p.head].norm, wc_report))
        return false;
    const ActorMention& speaker = doc_.actors[roles.source];
    const ActorMention& addressee = doc_.actors[roles.target];
    if (addressee.tokens.first < site.p.last || speaker.code == addressee.code) return false;
    uint32_t after = addressee.tokens.last;
    while (after < view_.last() && doc_.tokens[after].pos == P::adverb) ++after;
    return after < view_.last() && doc_.tokens[after].pos == P::modal &&
           lex_.is(doc_.tokens[after].norm, wc_demand_noun);
}

// "... said the Lebanese government bore responsibility", "... said Iraq was
// responsible": a word of blame (data/syntax word class `blame`) after the
// actor in its clause, with no negation and no coded verb between ("Iraq denied
// responsibility" is the actor's own statement).
bool SentenceCoder::blames(const ActorMention& accused, int32_t clause) const {
    const TokenRange r = view_.clause_tokens(clause);
    const uint32_t end = std::min(r.last, view_.last());
    for (uint32_t t = accused.tokens.last; t < end; ++t) {
        const std::string_view w = doc_.tokens[t].norm;
        if (lex_.is(w, wc_blame)) return true;
        if (lex_.is(w, wc_negation) || view_.actor_at(t) >= 0) return false;
        if (std::any_of(predicates_.begin(), predicates_.end(), [&](const Predicate& q) { return q.head == t; }))
            return false;
    }
    return false;
}

// Why this predicate may not give an event without a target (empty: it may),
// as CAMEO coders (PETRARCH-1, GDELT) code "Iran condemned the attack",
// "protesters rallied". The reason goes to --explain.
std::string_view SentenceCoder::one_sided_refusal(const PredicateSite& site, const CodeChoice& choice,
                                                  const VerbFeatures& features, Modality modality, bool report,
                                                  int32_t source) const {
    if (res_.require_dyad) return "both sides required";
    if (source < 0) return "no source";
    const Predicate& p = site.p;
    const auto& tokens = doc_.tokens;
    // An event noun's target, when it has one, is often in a phrase the rules do
    // not read ("attacks by X, resulting in US strikes").
    if (p.noun) return "an event noun needs a target";
    // "Azerbaijani forces launched an offensive in the direction of ...": violence
    // always has a victim, and when the rules found none they missed it (a place,
    // a phrase they do not read); a one-sided 'fight' would hide that.
    if (hostile_root(choice.code->primary) && !lex_.is(choice.code->primary, wc_own_state_code))
        return "violence needs a target";
    // Aid (07) always goes to someone ("delivered food to the besieged town"):
    // when the rules found no recipient they missed it.
    if (choice.code->primary.starts_with("07")) return "aid needs a recipient";
    // A threat is asserted: its announcement happened ("said it is prepared to impose martial law").
    if (features.negated || (modality != Modality::asserted && !features.threat)) return "negated or not asserted";
    // A bare statement ("Iran said ...", code 010 with no pattern) says nothing without its addressee.
    if ((report && !choice.fired) || choice.code->primary == kBareStatement) return "a bare statement";
    // The source must be named in the predicate's own clause, before a verb
    // (its subject), not borrowed from a governing clause: a one-sided event
    // has no target to confirm it.
    const ActorMention& actor = doc_.actors[source];
    const TokenRange own = view_.clause_tokens(site.clause);
    const bool shared = shares_subject(site, actor);
    if (!shared && (actor.tokens.first < own.first || actor.tokens.first >= own.last || actor.tokens.first >= p.first))
        return "source is not the verb's own subject";
    // "which officials said have killed": another verb between the subject and
    // this one makes the subject that verb's.
    for (uint32_t t = actor.tokens.last; t < p.first && !shared; ++t)
        if (tokens[t].pos == P::verb) return "source is not the verb's own subject";
    // A place standing for its government (a dateline, "Baghdad") is no real source.
    for (const PlaceMention& place : doc_.places)
        if (place.span.contains(actor.span)) return "source is a place";
    // An infinitive ("to visit") is a purpose, a participle ("threatening")
    // borrows its subject: neither is a fact of its own.
    if (p.first > view_.first() && tokens[p.first - 1].norm == "to" && tokens[p.first - 1].pos == P::particle)
        return "an infinitive (a purpose)";
    if (site.form.kind == VerbFormKind::gerund || tokens[p.head].norm.ends_with("ing")) return "a participle";
    if (!object_is_no_party(site)) return "its object may be a party the dictionaries lack";
    return {};
}

// Whether the predicate's clause has no subject of its own but shares `actor`
// as its subject by the grammar, not by a guess: a verb conjoined to the verb
// of the clause above ("the ministry condemned the raid and called for calm":
// the clause opens with "and"/"but" and then the verb, and the actor is the
// subject of the clause above, before its verb), or a subject relative ("Japan,
// which pledged aid": the actor right before "which"/"who" and the verb right
// after it).
bool SentenceCoder::shares_subject(const PredicateSite& site, const ActorMention& actor) const {
    const auto& tokens = doc_.tokens;
    const TokenRange own = view_.clause_tokens(site.clause);
    if (own.first >= site.p.first || actor.tokens.last > own.first) return false;
    uint32_t next = own.first + 1;  // past the opening word and adverbs
    while (next < site.p.first && tokens[next].pos == P::adverb) ++next;
    if (next != site.p.first && !(view_.chunk_at(next) >= 0 && view_.chunk_at(next) == view_.chunk_at(site.p.first)))
        return false;  // something else (a subject of its own) before the verb
    const std::string_view opener = tokens[own.first].norm;
    if (lex_.is(opener, wc_relative) && opener != "whose") {
        uint32_t before = own.first;
        if (before > view_.first() && tokens[before - 1].norm == ",") --before;
        return actor.tokens.last == before;
    }
    if (opener != "and" && opener != "but") return false;
    const int32_t parent = doc_.clauses[site.clause].parent;
    if (parent < 0) return false;
    const TokenRange above = view_.clause_tokens(parent);
    if (actor.tokens.first < above.first || actor.tokens.first >= above.last) return false;
    // The actor comes before the first verb of the clause above (its subject).
    for (uint32_t t = above.first; t < actor.tokens.first; ++t)
        if (tokens[t].pos == P::verb) return false;
    return true;
}

// A verb with no noun-phrase object ("protesters rallied in ...") or one that
// names an act or an issue ("denied the charges", "condemned the attack"): the
// missing target is really missing, not an unknown party ("detained seven people").
// An event noun anywhere in the object's phrase ("three underground nuclear
// tests Monday") names the act too, and so does a thing or people who are no
// party ("test-fired a missile", "closed the crossing", "freed prisoners").
bool SentenceCoder::object_is_no_party(const PredicateSite& site) const {
    const uint32_t after = site.p.last;
    if (after >= site.window.last) return true;
    const int32_t ch = view_.chunk_at(after);
    if (ch < 0 || doc_.chunks[ch].kind != ChunkKind::noun_phrase) return true;
    const uint32_t head = doc_.chunks[ch].head;
    if (lex_.is(doc_.tokens[head].norm, wc_issue_noun | wc_thing_noun)) return true;
    const TokenRange object = doc_.chunks[ch].tokens;
    return std::any_of(predicates_.begin(), predicates_.end(),
                       [&](const Predicate& q) { return q.noun && q.head >= object.first && q.head < object.last; });
}

// "The president declared a state of emergency", "police arrested six
// suspects": an act a state does on its own territory or people (a CAMEO code
// of the own_state_code word class) with no target named; CAMEO coders take
// the source's own country as target (XXXGOV -> XXX). A code "not specified
// below" (170) is too vague alone: only a pattern that names what was acted on
// ("seized power") makes it one. The source must pass one_sided_refusal's
// checks (its own subject, an asserted fact): only the reasons that are about
// the missing target itself (an object that may be an unknown party, "declared"
// read as a bare statement) give way. The target has no words of its own and
// says where it came from in country_from.
std::optional<EventActor> SentenceCoder::own_state_target(const CodeChoice& choice, std::string_view cameo,
                                                          int32_t source, std::string_view one_sided_refused) const {
    if (source < 0 || !lex_.is(cameo, wc_own_state_code)) return std::nullopt;
    if (!one_sided_refused.empty() && one_sided_refused != "its object may be a party the dictionaries lack" &&
        one_sided_refused != "a bare statement")
        return std::nullopt;
    if (cameo.size() == 3 && cameo.back() == '0' && !choice.fired) return std::nullopt;
    const ActorMention& m = doc_.actors[source];
    if (m.country.empty()) return std::nullopt;
    return EventActor{
        .text = {}, .code = m.country, .country = m.country, .sector = {}, .span = {}, .country_from = "own state"};
}

// "shelled villages in Gaza", "attacking a Tel Aviv neighbourhood": a verb with
// no target actor whose object phrase names a place acts on that place's
// country, as human coders code it. The object phrase is the noun phrase right
// after the verb ("pounded the city of X", "launched an assault on X": with a
// place phrase right after it, kPlaceObjectPreps) or a phrase of those
// prepositions right after the verb ("fired on a village in X"). Only for acts of force or of a state on
// its land or people ("shortened the curfew in X" names where, not on whom).
// Not for negated, unasserted or event-noun
// predicates, nor where both sides are required to be named. The target has
// no words of its own and says where it came from in country_from.
std::optional<EventActor> SentenceCoder::place_target(const PredicateSite& site, std::string_view cameo, bool asserted,
                                                      std::string_view one_sided_refused) const {
    if (!hostile_root(cameo) && !lex_.is(cameo, wc_own_state_code)) return std::nullopt;
    if (site.p.noun || !asserted || one_sided_refused == "both sides required" || one_sided_refused == "no source" ||
        one_sided_refused == "negated or not asserted" || one_sided_refused == "an infinitive (a purpose)")
        return std::nullopt;
    const uint32_t after = site.p.last;
    if (after >= site.window.last) return std::nullopt;
    const int32_t ch = view_.chunk_at(after);
    const auto place_phrase = [&](const Chunk& c) {
        const std::string_view prep = doc_.tokens[c.tokens.first].norm;
        return c.kind == ChunkKind::prepositional &&
               std::find(kPlaceObjectPreps.begin(), kPlaceObjectPreps.end(), prep) != kPlaceObjectPreps.end();
    };
    if (ch < 0 || doc_.chunks[ch].tokens.first != after ||
        (doc_.chunks[ch].kind != ChunkKind::noun_phrase && !place_phrase(doc_.chunks[ch])))
        return std::nullopt;
    TokenRange object = doc_.chunks[ch].tokens;
    if (static_cast<size_t>(ch) + 1 < doc_.chunks.size()) {
        const Chunk& next = doc_.chunks[ch + 1];
        if (next.tokens.first == object.last && place_phrase(next)) object.last = next.tokens.last;
    }
    object.last = std::min(object.last, site.window.last);
    for (const PlaceMention& place : doc_.places) {
        if (place.tokens.first < object.first || place.tokens.last > object.last || place.country.empty()) continue;
        return EventActor{.text = {},
                          .code = place.country,
                          .country = place.country,
                          .sector = {},
                          .span = {},
                          .country_from = "place in the object"};
    }
    return std::nullopt;
}

// "cast blame on Syria and Iran, Hezbollah's patrons": the clause splitter may
// open a clause at "and" before an actor that no verb follows; that actor is one
// more conjunct. (An actor with its own verb, "... and Syria criticized Iraq",
// is the subject of a new clause.)
void SentenceCoder::add_split_conjunct(std::vector<int32_t>& actors) const {
    constexpr uint32_t kMaxModifiers = 2;
    if (actors.empty()) return;
    const auto& tokens = doc_.tokens;
    const uint32_t end = doc_.actors[actors.back()].tokens.last;
    if (end + 1 >= view_.last() || (tokens[end].norm != "and" && tokens[end].norm != "or")) return;
    if (view_.clause_at(end) == view_.clause_at(end - 1)) return;  // same clause: conjoined() decided
    uint32_t u = end + 1;
    while (u < view_.last() && u < end + 1 + kMaxModifiers && view_.actor_at(u) < 0 &&
           (tokens[u].pos == P::determiner || tokens[u].pos == P::adjective))
        ++u;
    const int32_t next = view_.actor_at(u);
    if (next < 0 || doc_.actors[next].tokens.first != u) return;
    const uint32_t after = doc_.actors[next].tokens.last;
    if (after < view_.last() && (tokens[after].pos == P::verb || tokens[after].pos == P::auxiliary ||
                                 tokens[after].pos == P::modal || tokens[after].pos == P::adverb))
        return;
    if (std::find(actors.begin(), actors.end(), next) == actors.end()) actors.push_back(next);
}

// The speaker of the nearest governing clause that reports speech.
// "Egypt denied that its forces had attacked ...": a clause that completes a
// verb of denial (right after it, or after its "that") says what did not
// happen; its events are negated.
bool SentenceCoder::denied_content(int32_t clause) const {
    if (clause < 0 || doc_.clauses[clause].parent < 0) return false;
    const auto& tokens = doc_.tokens;
    uint32_t before = view_.clause_tokens(clause).first;
    if (before <= view_.first()) return false;
    // The clause may start at its "that" or just after it.
    if (before - 1 > view_.first() && lex_.is(tokens[before - 1].norm, wc_complementizer)) --before;
    const Token& verb = tokens[before - 1];
    return verb.pos == P::verb && lex_.is(verb.norm, wc_denial);
}

std::optional<Attribution> SentenceCoder::attribution(int32_t clause) const {
    for (int32_t c = clause, climb = 0; c >= 0 && climb < kMaxClauseClimb; ++climb) {
        const int32_t parent = doc_.clauses[c].parent;
        if (parent < 0) break;
        if (view_.clause_reports(parent, lex_)) {
            const int32_t speaker = view_.subject_before(parent, view_.clause_tokens(parent).last, false);
            if (speaker < 0) return std::nullopt;
            const ActorMention& m = doc_.actors[speaker];
            return Attribution{std::string(doc_.view(m.span)), m.code, m.span};
        }
        c = parent;
    }
    return std::nullopt;
}

void SentenceCoder::build_events(const PredicateSite& site, const CodeChoice& choice, const VerbFeatures& features,
                                 Roles roles, const ActorPairs& pairs) {
    const Predicate& p = site.p;
    static const EventCodePair kAccusation{std::string(kAccusationCode), ""};
    static const EventCodePair kDemand{std::string(kDemandCode), ""};
    const bool accusation = accuses(site, choice, roles);
    if (accusation) explain_.accusation(site.verb);
    const bool demand = !accusation && demands(site, choice, roles);
    if (demand) explain_.demand(site.verb);
    const EventCodePair& code = accusation ? kAccusation : demand ? kDemand : *choice.code;
    const EventCodePair& entry_code = verbs_.entries()[p.entry].code;  // the verb's own code
    Modality modality = features.modality;
    if (clause_opens_with(view_, site.clause, lex_, wc_conditional)) modality = Modality::conditional;
    const std::optional<Attribution> said_by = attribution(site.clause);
    // An act announced ("vowed to", "is prepared to"), or told in reported speech
    // as still to come ("said they would boycott", "said it would send aid"), has
    // not happened: it is coded as a threat (13) or an intent (03) of its kind, as
    // CAMEO coders code it (threat_code, intent_code). Not a condition ("if X
    // attacks": what a threat is about) and not "will" ("Britain will expel 23
    // diplomats" reports a decision taken).
    const bool announced_act = features.threat || (features.reported_future && modality == Modality::hypothetical);
    // "declared war against X after Y launched an attack": a reporting verb whose
    // pattern names an act other than a statement (CAMEO 01) is that act, kept
    // beside the events of the rest of the sentence.
    const bool own_act = choice.fired && !code.primary.empty() && !code.primary.starts_with(kStatementRoot);
    const bool report = !p.noun && !accusation && !demand && !own_act && lex_.is(doc_.tokens[p.head].norm, wc_report);
    const size_t coded_before = coded_.size();
    const std::string_view one_sided_refused =
        one_sided_refusal(site, choice, features, modality, report, roles.source);
    const bool one_sided = one_sided_refused.empty();
    std::optional<NoEventReason> why_not;

    std::vector<int32_t> one_sided_done;  // sources already given an event without target
    for (auto [a, b] : pairs) {
        if (a >= 0 && b >= 0 &&
            (a == b || (!doc_.actors[a].code.empty() && doc_.actors[a].code == doc_.actors[b].code))) {
            why_not = NoEventReason::same_actor;
            // "But he refused to pull back the guns, defying ... Serb leaders": the
            // only other side found is the source's own; the act has no target
            // named, and is one-sided where one_sided_refusal allows it.
            if (!one_sided || std::find(one_sided_done.begin(), one_sided_done.end(), a) != one_sided_done.end())
                continue;
            b = -1;
        }
        if (b < 0 && a >= 0) {
            if (std::find(one_sided_done.begin(), one_sided_done.end(), a) != one_sided_done.end()) continue;
            one_sided_done.push_back(a);
        }
        // An act of a state on its own land or people may name that land ("declared
        // martial law in Thailand"): see own_state_target.
        if (a >= 0 && b >= 0 && acts_on_own_country(doc_.actors[a], doc_.actors[b]) &&
            !lex_.is(code.primary, wc_own_state_code)) {
            why_not = NoEventReason::same_actor;
            continue;
        }
        for (int direction = 0; direction < 2; ++direction) {
            const std::string& written = direction == 0 ? code.primary : code.reversed;
            if (written.empty()) continue;
            const int32_t src = direction == 0 ? a : b;
            const int32_t tgt = direction == 0 ? b : a;
            const std::string& own = direction == 0 ? entry_code.primary : entry_code.reversed;
            std::string said =
                features.negated ? negated_code(res_.internal_codes.get(), written, res_.refusal_codes) : written;
            if (announced_act && !features.negated) {
                const std::string announced = intent_code(threat_code(said));
                // "pledged to visit Algeria": only the source announced anything;
                // the reversed event (Algeria hosts) has not happened.
                if (direction == 1 && announced != said) continue;
                said = announced;
            }
            const std::string cameo =
                code_for_parties(lex_, said, choice.fired ? std::string_view(own) : std::string_view(),
                                 src >= 0 ? &doc_.actors[src] : nullptr, tgt >= 0 ? &doc_.actors[tgt] : nullptr);
            if (cameo.empty()) {
                if (src >= 0) why_not = NoEventReason::wrong_party;
                continue;
            }
            // Nothing is coded without a source; a one-sided event ("Iran condemned
            // the attack") only where one_sided_allowed says so.
            if (src < 0) {
                why_not = NoEventReason::no_source;
                continue;
            }
            // A place named in the object ("raided homes in Gaza") is more exact
            // than the source's own country.
            const std::optional<EventActor> at_place =
                tgt < 0
                    ? place_target(site, cameo, !features.negated && modality == Modality::asserted, one_sided_refused)
                    : std::nullopt;
            const std::optional<EventActor> own_state =
                tgt < 0 && !at_place ? own_state_target(choice, cameo, src, one_sided_refused) : std::nullopt;
            if (tgt < 0 && !one_sided && !own_state && !at_place) {
                why_not = NoEventReason::no_target;
                continue;
            }
            Coded out;
            Event& e = out.event;
            e.sentence = sentence_;
            if (doc_.meta.story_date) e.date = *doc_.meta.story_date;
            e.date_precision = DatePrecision::story;
            if (src >= 0) e.source = make_actor(doc_, src);
            if (tgt >= 0)
                e.target = make_actor(doc_, tgt);
            else if (own_state)
                e.target = *own_state;
            else if (at_place)
                e.target = *at_place;
            e.cameo = cameo;
            e.root = cameo.substr(0, std::min<size_t>(2, cameo.size()));
            e.verb_text = std::string(site.verb);
            e.verb_span = Span{doc_.tokens[p.first].span.begin, doc_.tokens[p.last - 1].span.end};
            e.rule_ref = choice.rule;
            if (res_.cameo)
                if (const CameoEventInfo* info = res_.cameo->lookup(cameo)) {
                    e.goldstein = info->goldstein;
                    e.quad = info->quad;
                    e.plover = info->plover;
                }
            e.negated = features.negated && said == written;  // else the code says it
            e.modality = modality;
            e.attribution = said_by;
            e.confidence = confidence(site, choice, features, modality, src, tgt);
            out.clause = site.clause;
            out.report = report;
            out.bare_report = report && !choice.fired && cameo == kBareStatement;
            out.from_noun = p.noun;
            coded_.push_back(std::move(out));
        }
    }
    if (coded_.size() == coded_before && why_not)
        explain_.no_event(site.verb, *why_not, *why_not == NoEventReason::no_target ? one_sided_refused : "");
}

// How likely the event is right: the product of one factor per piece of
// evidence, each 1 when the evidence is the strong kind. Calibrated on the
// real-news development passages (scripts/confidence.py, docs/ARCHITECTURE.md):
// events at or above 0.8 (a pattern fired, both actors near the verb in its
// clause, asserted) were right 25 times in 27.
namespace calibration {
constexpr double kCeiling = 0.95;              // the best evidence is still wrong sometimes
constexpr double kDefaultCode = 0.7;           // the verb's default code, no pattern fired
constexpr double kFarInClause = 0.8;           // actor in the verb's clause, more than kNear tokens away
constexpr double kOutsideClause = 0.7;         // actor borrowed from another clause
constexpr double kOneSided = 0.8;              // no target
constexpr double kNotFromDictionary = 0.85;    // a generic or uncoded actor
constexpr double kNotAsserted = 0.8;           // negated, future, hypothetical or conditional
constexpr double kEventNoun = 0.9;             // "the attack on X" rather than "attacked X"
constexpr double kCountryFromContext = 0.8;    // country from a place, the dateline or the story
constexpr double kCountryFromReference = 0.9;  // a pronoun, or "its"/"the country's" + agent
constexpr uint32_t kNear = 4;                  // tokens between actor and verb
}  // namespace calibration

double SentenceCoder::side_evidence(const PredicateSite& site, int32_t actor) const {
    if (actor < 0) return calibration::kOneSided;
    const ActorMention& m = doc_.actors[actor];
    const Predicate& p = site.p;
    const uint32_t gap = m.tokens.last <= p.first   ? p.first - m.tokens.last
                         : m.tokens.first >= p.last ? m.tokens.first - p.last
                                                    : 0;
    const TokenRange own = view_.clause_tokens(site.clause);
    const bool in_clause = m.tokens.first >= own.first && m.tokens.first < own.last;
    double f = gap <= calibration::kNear ? 1.0 : in_clause ? calibration::kFarInClause : calibration::kOutsideClause;
    if (m.kind != ActorKind::coded) f *= calibration::kNotFromDictionary;
    // An inferred country is evidence of its own: the words in the actor's noun phrase
    // ("Kenyan police") are as good as a dictionary; the sentence's place or the story's
    // country is a guess that is right less often.
    const std::string_view from = m.country_from;
    if (from == "place" || from == "dateline" || from == "story")
        f *= calibration::kCountryFromContext;
    else if (from == "pronoun" || from == "previous" || from == "reference")
        f *= calibration::kCountryFromReference;
    return f;
}

double SentenceCoder::confidence(const PredicateSite& site, const CodeChoice& choice, const VerbFeatures& features,
                                 Modality modality, int32_t source, int32_t target) const {
    double c = calibration::kCeiling;
    if (!choice.fired) c *= calibration::kDefaultCode;
    c *= side_evidence(site, source) * side_evidence(site, target);
    if (features.negated || modality != Modality::asserted) c *= calibration::kNotAsserted;
    if (site.p.noun) c *= calibration::kEventNoun;
    return c;
}

// "Armenia's prime minister announced that Azerbaijani forces launched an
// offensive": like accuses(), for a content the sentence did code. The report's
// target is the source of a coded act of CAMEO 17-20 whose target is missing or
// of the speaker's country, and of another country than the speaker's.
bool SentenceCoder::reports_hostile_act(const Coded& report) const {
    const Event& r = report.event;
    if (!r.source || !r.target || r.source->country.empty() || r.target->country.empty() ||
        r.source->country == r.target->country || r.source->sector.starts_with(kMedia))
        return false;
    return std::any_of(coded_.begin(), coded_.end(), [&](const Coded& o) {
        const Event& e = o.event;
        return !o.report && e.source && e.source->span == r.target->span && hostile_root(e.cameo) &&
               (!e.target || e.target->country == r.source->country);
    });
}

void SentenceCoder::set_code(Event& e, std::string_view cameo) const {
    e.cameo = std::string(cameo);
    e.root = e.cameo.substr(0, std::min<size_t>(2, e.cameo.size()));
    if (res_.cameo)
        if (const CameoEventInfo* info = res_.cameo->lookup(e.cameo)) {
            e.goldstein = info->goldstein;
            e.quad = info->quad;
            e.plover = info->plover;
        }
}

// A statement is coded as such only when nothing else in the sentence is.
void SentenceCoder::emit() {
    for (Coded& c : coded_)
        if (c.bare_report && reports_hostile_act(c)) {
            explain_.accusation(c.event.verb_text);
            set_code(c.event, kAccusationCode);
            c.report = false;
        }
    const bool any_other = std::any_of(coded_.begin(), coded_.end(), [](const Coded& c) { return !c.report; });
    for (Coded& c : coded_) {
        if (c.report && any_other) {
            explain_.report_dropped(c.event.verb_text);
            continue;
        }
        explain_.event(c.event);
        doc_.events.push_back(std::move(c.event));
    }
}

}  // namespace

void EventStage::run(Document& doc) const {
    doc.events.clear();  // replaces the layer: coding a document twice gives the same events
    if (!res_.verbs || !res_.lexicon) return;
    EventExplainer explain(doc);
    if (res_.discards) {
        std::string why;
        if (res_.discards->discards_story(doc, why)) {
            explain.story_discarded(why);
            return;
        }
    }
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) code_sentence(doc, s, explain);
}

void EventStage::code_sentence(Document& doc, uint32_t sentence_index, EventExplainer& explain) const {
    const Sentence& sentence = doc.sentences[sentence_index];
    if (sentence.tokens.empty() || sentence.tokens.last > doc.tokens.size()) return;
    if (res_.discards) {
        std::string why;
        if (res_.discards->discards_sentence(doc, sentence, why)) {
            explain.sentence_discarded(sentence_index, why);
            return;
        }
    }
    SentenceCoder(res_, doc, sentence_index, explain).run();
}

}  // namespace sitrep
