// Event coding, one sentence at a time:
//   1. find predicates (dictionary verbs and event nouns);
//   2. per predicate, try its block's patterns (most specific first), else its
//      default code;
//   3. assign actors: slots bound by the pattern, else subject / object of the
//      clause, with the passive swapped and conjoined actors expanded;
//   4. read negation and modality from the verb group and the clause opener;
//   5. attribute reported speech and drop the bare "said" event when the
//      sentence codes anything else (PETRARCH convention).
#include "events/event_stage.hpp"

#include <algorithm>
#include <string>

#include "events/pattern_matcher.hpp"
#include "events/predicate_finder.hpp"
#include "events/sentence_view.hpp"

namespace sitrep {
namespace {

using P = PartOfSpeech;
constexpr uint32_t kAgentSearch = 8;   // tokens after a passive verb to look for "by X"
constexpr int kMaxClauseClimb = 3;     // parent clauses searched for a missing subject

struct Coded {
    Event event;
    int32_t clause = -1;
    bool report = false;  // a reporting verb ("said"): dropped if anything else is coded
    bool from_noun = false;
};

// The predicate's verb group: negation, modality and voice.
struct VerbFeatures {
    bool negated = false;
    bool passive = false;
    Modality modality = Modality::asserted;
};

VerbFeatures read_verb_group(const SentenceView& view, const Lexicon& lex, const Predicate& p,
                             const VerbForm& form) {
    VerbFeatures f;
    const auto& doc = view.doc();
    int32_t ch = view.chunk_at(p.head);
    uint32_t start = p.head;
    if (ch >= 0 && doc.chunks[ch].kind == ChunkKind::verb_group) start = doc.chunks[ch].tokens.first;
    // Look back a little beyond the chunk for a stray "not" or modal.
    start = start > view.first() + 1 ? std::min(start, p.head) : start;
    bool saw_passive_aux = false;
    for (uint32_t t = start; t < p.first; ++t) {
        std::string_view w = doc.tokens[t].norm;
        if (lex.is(w, wc_negation)) f.negated = true;
        if (lex.is(w, wc_future)) f.modality = Modality::future;
        else if (lex.is(w, wc_hypothetical) && f.modality == Modality::asserted) f.modality = Modality::hypothetical;
        if (lex.is(w, wc_intent) && t + 1 < p.first && doc.tokens[t + 1].norm == "to") f.modality = Modality::future;
        if (lex.is(w, wc_passive)) saw_passive_aux = true;
        else if (doc.tokens[t].pos == P::verb && !lex.is(w, wc_intent)) saw_passive_aux = false;
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
    if (!p.noun && saw_passive_aux &&
        (form.kind == VerbFormKind::past || form.kind == VerbFormKind::irregular) &&
        !doc.tokens[p.head].norm.ends_with("ing"))
        f.passive = true;
    return f;
}

// PETRARCH-2 codes a negated verb with the meaning its internal code takes
// after subtracting 0xFFFF ("not disapprove" = cooperate); codes whose negation
// the ontology does not name keep their own code and are marked negated.
std::string negated_code(const InternalCodeOntology* ontology, const std::string& cameo) {
    if (!ontology) return cameo;
    const auto internal = ontology->to_internal(cameo);
    if (!internal) return cameo;
    const auto value = internal_code_value(*internal);
    if (!value) return cameo;
    constexpr int64_t kNegationMask = 0xFFFF;
    const auto negated = ontology->cameo_of_value(*value - kNegationMask);
    return negated ? *negated : cameo;
}

bool clause_opens_with(const SentenceView& view, int32_t clause, const Lexicon& lex, uint32_t cls) {
    TokenRange r = view.clause_tokens(clause);
    return r.first < r.last && lex.is(view.doc().tokens[r.first].norm, cls);
}

// The subject for a predicate at `before` in `clause`, climbing to governing
// clauses when the clause has none of its own (conjoined verbs, relatives).
int32_t find_subject(const SentenceView& view, const Lexicon& lex, int32_t clause, uint32_t before) {
    bool relative = clause_opens_with(view, clause, lex, wc_relative);
    int32_t s = view.subject_before(clause, before, false);
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

// First actor after `from` inside the window, skipping `not_this` and actors
// buried in an "of" phrase that modifies another noun ("talks on the future of
// American troops" is not about America as a target).
int32_t first_actor_after(const SentenceView& view, uint32_t from, uint32_t until, int32_t not_this) {
    const Document& doc = view.doc();
    bool after_noun = false;
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
        if (a >= 0 && a != not_this && !(prep == "of" && after_noun) && !locative) return a;
        if (a < 0 && c >= 0 && doc.chunks[c].kind != ChunkKind::verb_group &&
            (doc.tokens[t].pos == PartOfSpeech::noun))
            after_noun = true;
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

// Joins pieces of an explanation line. (Written with append rather than
// operator+ on literals, which trips a false -Wrestrict in GCC 12 at -O3.)
std::string join(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts) out.append(p);
    return out;
}

std::string describe_chunks(const Document& doc, const SentenceView& view) {
    std::string out = "  chunks:";
    for (const Chunk& c : doc.chunks) {
        if (c.tokens.first < view.first() || c.tokens.first >= view.last()) continue;
        const char* tag = c.kind == ChunkKind::noun_phrase     ? "NP"
                          : c.kind == ChunkKind::verb_group    ? "VG"
                          : c.kind == ChunkKind::prepositional ? "PP"
                                                               : "O";
        out += " [";
        out += tag;
        out += join({"#", std::to_string(c.clause), " "});
        out += doc.view(c.tokens);
        out += "]";
    }
    return out;
}

}  // namespace

void EventStage::run(Document& doc) const {
    if (!res_.verbs || !res_.lexicon) return;
    if (res_.discards) {
        std::string why;
        if (res_.discards->discards_story(doc, why)) {
            if (doc.explain) doc.explanation.push_back(join({"story discarded: ", why}));
            return;
        }
    }
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) code_sentence(doc, s);
}

void EventStage::code_sentence(Document& doc, uint32_t sentence_index) const {
    const VerbDictionary& verbs = *res_.verbs;
    const Lexicon& lex = *res_.lexicon;
    const Sentence& sentence = doc.sentences[sentence_index];
    if (sentence.tokens.empty() || sentence.tokens.last > doc.tokens.size()) return;
    if (res_.discards) {
        std::string why;
        if (res_.discards->discards_sentence(doc, sentence, why)) {
            if (doc.explain)
                doc.explanation.push_back(join({"sentence ", std::to_string(sentence_index), ": discarded (", why, ")"}));
            return;
        }
    }
    SentenceView view(doc, sentence_index);
    std::vector<Predicate> predicates = find_predicates(view, verbs);
    if (doc.explain) {
        doc.explanation.push_back(join({"sentence ", std::to_string(sentence_index), ": ", doc.view(sentence.span)}));
        doc.explanation.push_back(describe_chunks(doc, view));
    }
    std::vector<Coded> coded;
    uint32_t pattern_used_until = 0;  // nouns inside a fired pattern ("held talks") are no events of their own
    for (size_t pi = 0; pi < predicates.size(); ++pi) {
        const Predicate& p = predicates[pi];
        if (p.head < pattern_used_until) continue;
        // "urged Eriador to respond to ...": an infinitive after a coded verb of the
        // same clause spells out that event rather than adding one.
        if (!p.noun && p.first > view.first() && doc.tokens[p.first - 1].norm == "to" &&
            doc.tokens[p.first - 1].pos == P::particle && !coded.empty() &&
            coded.back().clause == view.clause_at(p.head) && !coded.back().report && !coded.back().from_noun)
            continue;
        const VerbEntry& entry = verbs.entries()[p.entry];
        const VerbForm& form = entry.forms[p.form];
        const int32_t clause = view.clause_at(p.head);
        TokenRange window = view.clause_tokens(clause);
        window.first = std::max(window.first, view.first());
        window.last = std::min(window.last, view.last());
        // Patterns may reach a subject in the governing clause of a conjoined verb.
        if (view.subject_before(clause, p.first, false) < 0) window.first = view.first();
        VerbOccurrence occ{p.first, p.last, window, find_subject(view, lex, clause, p.first)};
        std::string verb_words(doc.view(TokenRange{p.first, p.last}));

        // 2. Patterns, most specific first; the first match decides (even a null code).
        const VerbPattern* fired = nullptr;
        PatternMatch match;
        for (uint32_t pid : verbs.patterns_for(p.entry)) {
            const VerbPattern& pattern = verbs.patterns()[pid];
            if (match_pattern(pattern, verbs, view, occ, match)) {
                fired = &pattern;
                pattern_used_until = std::max(pattern_used_until, match.end);
                if (doc.explain)
                    doc.explanation.push_back(join({"  '", verb_words, "': pattern ", pattern.origin, " matched -> ",
                                                    pattern.code.to_string()}));
                break;
            }
            if (doc.explain)
                doc.explanation.push_back(join({"  '", verb_words, "': pattern ", pattern.origin, " did not match"}));
        }
        if (!fired) match = PatternMatch{};  // bindings of a failed attempt do not count
        EventCodePair code;
        std::string rule;
        if (fired) {
            code = fired->code;
            rule = fired->origin;
        } else if (entry.has_code) {
            code = entry.code;
            rule = entry.origin;
            if (doc.explain)
                doc.explanation.push_back(join({"  '", verb_words, "': default code of ", entry.lemma, " (",
                                                entry.origin, ") -> ", code.to_string()}));
            // "plans to visit", "agreed to meet": the later verb carries the event
            // when this one has no pattern of its own for it.
            if (p.last + 1 < view.last() && doc.tokens[p.last].norm == "to" && pi + 1 < predicates.size() &&
                predicates[pi + 1].first == p.last + 1 && !predicates[pi + 1].noun) {
                if (doc.explain) doc.explanation.push_back(join({"  '", verb_words, "': yields to the verb after 'to'"}));
                continue;
            }
        } else {
            if (doc.explain) doc.explanation.push_back(join({"  '", verb_words, "': no pattern matched, no default code"}));
            continue;
        }
        if (code.null()) continue;

        // 3. Actors.
        VerbFeatures features = read_verb_group(view, lex, p, form);
        int32_t source = match.source;
        int32_t target = match.target;
        if (p.noun) {
            // A nominal event: its modifier ("a US airstrike") or "by X" is the source.
            if (source < 0) {
                int32_t ch = view.chunk_at(p.head);
                if (ch >= 0)
                    for (uint32_t t = doc.chunks[ch].tokens.first; t < p.first; ++t)
                        if (view.actor_at(t) >= 0) source = view.actor_at(t);
            }
            if (source < 0) source = agent_by(view, lex, p.last, window.last);
            if (target < 0) {
                // "attacks on US forces", "strike against X"; else the object of the clause's verb.
                for (uint32_t t = p.last; t < window.last && t < p.last + kAgentSearch; ++t) {
                    std::string_view w = doc.tokens[t].norm;
                    if (w == "on" || w == "against" || w == "targeting" || w == "at" || w == "killed" || w == "kill" ||
                        w == "killing" || w == "hit") {
                        target = first_actor_after(view, t + 1, std::min(window.last, t + 1 + kAgentSearch), source);
                        if (target >= 0) break;
                    }
                }
            }
        } else if (features.passive) {
            int32_t agent = agent_by(view, lex, p.last, window.last);
            int32_t patient = find_subject(view, lex, clause, p.first);
            // Look for a destination only where the force rule can apply.
            const bool force_moved = agent < 0 && patient >= 0 && code.primary.starts_with(kForcePostureRoot) &&
                                     is_force(doc.actors[patient]);
            const int32_t destination = force_moved ? destination_after(view, lex, p.last, window.last) : -1;
            if (destination >= 0 && destination != patient) {
                source = patient;
                target = destination;
                if (doc.explain)
                    doc.explanation.push_back(join({"  '", verb_words, "': agentless passive of a force: ",
                                                    doc.view(doc.actors[patient].span), " acts on ",
                                                    doc.view(doc.actors[destination].span)}));
            } else {
                if (source < 0 || match.source == patient) source = agent;
                if (target < 0 || target == agent) target = patient;
                if (match.source >= 0 && match.source == patient) target = patient;
            }
        } else {
            if (source < 0) source = find_subject(view, lex, clause, p.first);
            if (target < 0) target = first_actor_after(view, p.last, window.last, source);
            // "X reached an agreement with Y to establish ...": the partner of an
            // infinitive's subject is the one named in the "with" phrase before it.
            if (target < 0 && p.first > view.first() && doc.tokens[p.first - 1].norm == "to") {
                for (uint32_t t = p.first - 1; t-- > window.first && t + kAgentSearch > p.first;) {
                    if (doc.tokens[t].norm != "with") continue;
                    target = first_actor_after(view, t + 1, p.first, source);
                    break;
                }
            }
            // "Iran said Iraq was ...", "officials complained that the US attack ...":
            // a statement's target may be the subject of the clause it introduces.
            const bool complement = p.last < view.last() && (lex.is(doc.tokens[p.last].norm, wc_complementizer) &&
                                                              doc.tokens[p.last].pos == P::subordinator);
            if (target < 0 && (complement || lex.is(doc.tokens[p.head].norm, wc_report)))
                target = first_actor_after(view, p.last, std::min(view.last(), p.last + kAgentSearch), source);
        }
        std::vector<int32_t> sources = view.conjoined(source);
        std::vector<int32_t> targets = view.conjoined(target);
        std::vector<std::pair<int32_t, int32_t>> pairs;
        if ((match.compound || (targets.empty() && !p.noun)) && sources.size() >= 2) {
            // "The United States and Iraq are holding talks": each acts on the other
            // (parties of one country do not make an international event here).
            for (int32_t a : sources)
                for (int32_t b : sources)
                    if (a != b && doc.actors[a].country != doc.actors[b].country) pairs.emplace_back(a, b);
        } else {
            if (sources.empty()) sources.push_back(-1);
            if (targets.empty()) targets.push_back(-1);
            for (int32_t a : sources)
                for (int32_t b : targets) pairs.emplace_back(a, b);
        }

        // 4./5. Modality of the clause and attribution of reported speech.
        Modality modality = features.modality;
        if (clause_opens_with(view, clause, lex, wc_conditional)) modality = Modality::conditional;
        std::optional<Attribution> attribution;
        for (int32_t c = clause, climb = 0; c >= 0 && climb < kMaxClauseClimb; ++climb) {
            int32_t parent = doc.clauses[c].parent;
            if (parent < 0) break;
            if (view.clause_reports(parent, lex)) {
                int32_t speaker = view.subject_before(parent, view.clause_tokens(parent).last, false);
                if (speaker >= 0) {
                    const ActorMention& m = doc.actors[speaker];
                    attribution = Attribution{std::string(doc.view(m.span)), m.code, m.span};
                }
                break;
            }
            c = parent;
        }
        const bool report = !p.noun && lex.is(doc.tokens[p.head].norm, wc_report);

        for (const auto& [a, b] : pairs) {
            if (a >= 0 && b >= 0 && (a == b || (!doc.actors[a].code.empty() && doc.actors[a].code == doc.actors[b].code)))
                continue;
            // "Al-Sudani ... dialogue between Iraq and ...": an actor does not act on its own bare country.
            if (a >= 0 && b >= 0 && !doc.actors[a].country.empty() &&
                ((doc.actors[b].code == doc.actors[a].country) || (doc.actors[a].code == doc.actors[b].country)))
                continue;
            for (int direction = 0; direction < 2; ++direction) {
                const std::string& written = direction == 0 ? code.primary : code.reversed;
                const std::string cameo =
                    features.negated ? negated_code(res_.internal_codes.get(), written) : written;
                if (cameo.empty()) continue;
                int32_t src = direction == 0 ? a : b;
                int32_t tgt = direction == 0 ? b : a;
                if (res_.require_dyad && (src < 0 || tgt < 0)) continue;
                Coded out;
                Event& e = out.event;
                e.sentence = sentence_index;
                if (doc.meta.story_date) e.date = *doc.meta.story_date;
                e.date_precision = DatePrecision::story;
                if (src >= 0) e.source = make_actor(doc, src);
                if (tgt >= 0) e.target = make_actor(doc, tgt);
                e.cameo = cameo;
                e.root = cameo.substr(0, std::min<size_t>(2, cameo.size()));
                e.verb_text = verb_words;
                e.verb_span = Span{doc.tokens[p.first].span.begin, doc.tokens[p.last - 1].span.end};
                e.rule = rule;
                if (res_.cameo)
                    if (const CameoEventInfo* info = res_.cameo->lookup(cameo)) {
                        e.goldstein = info->goldstein;
                        e.quad = info->quad;
                        e.plover = info->plover;
                    }
                e.negated = features.negated && cameo == written;  // else the code says it
                e.modality = modality;
                e.attribution = attribution;
                e.confidence = 0.4 + (fired ? 0.2 : 0.0) + (src >= 0 ? 0.15 : 0.0) + (tgt >= 0 ? 0.15 : 0.0) +
                               (modality == Modality::asserted && !features.negated ? 0.1 : 0.0);
                out.clause = clause;
                out.report = report;
                out.from_noun = p.noun;
                coded.push_back(std::move(out));
            }
        }
    }
    // A statement is coded as such only when nothing else in the sentence is.
    const bool any_other = std::any_of(coded.begin(), coded.end(), [](const Coded& c) { return !c.report; });
    for (Coded& c : coded) {
        if (c.report && any_other) {
            if (doc.explain)
                doc.explanation.push_back(
                    join({"  '", c.event.verb_text, "': reported speech, dropped for the events it reports"}));
            continue;
        }
        if (doc.explain)
            doc.explanation.push_back(join({"  event ", c.event.source ? c.event.source->code : std::string_view("-"), " ",
                                            c.event.cameo, " ",
                                            c.event.target ? c.event.target->code : std::string_view("-"), " (",
                                            c.event.rule, ")"}));
        doc.events.push_back(std::move(c.event));
    }
}

}  // namespace sitrep
