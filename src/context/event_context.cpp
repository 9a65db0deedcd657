#include "context/event_context.hpp"

#include <algorithm>
#include <cstdio>

#include "context/dates.hpp"
#include "context/token_text.hpp"

namespace sitrep {

std::vector<TokenRange> scopes_around(const Document& doc, uint32_t verb, uint32_t sentence) {
    std::vector<TokenRange> scopes;
    int32_t clause = innermost_clause(doc, verb);
    // Bounded walk: a malformed parent chain must not loop forever.
    for (size_t steps = 0; clause >= 0 && steps < doc.clauses.size(); ++steps) {
        const Clause& c = doc.clauses[static_cast<size_t>(clause)];
        scopes.push_back(c.tokens);
        clause = c.parent;
        if (clause >= static_cast<int32_t>(doc.clauses.size())) break;
    }
    scopes.push_back(sentence_tokens(doc, sentence));
    return scopes;
}

namespace {

// Index of the mention nearest to the verb in the innermost scope holding one; -1 when none.
// Mention layers are in document order, so one sentence's mentions are a run.
template <class Mention>
std::pair<size_t, size_t> sentence_run(const std::vector<Mention>& mentions, uint32_t sentence) {
    const auto first =
        std::partition_point(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.sentence < sentence; });
    const auto last =
        std::partition_point(first, mentions.end(), [&](const Mention& m) { return m.sentence <= sentence; });
    return {static_cast<size_t>(first - mentions.begin()), static_cast<size_t>(last - mentions.begin())};
}

template <class Mention, class Skip>
int nearest_in_scopes(const std::vector<Mention>& mentions, uint32_t sentence, TokenRange verb,
                      const std::vector<TokenRange>& scopes, size_t& scope_found, Skip&& skip) {
    const auto [run_first, run_last] = sentence_run(mentions, sentence);
    for (size_t s = 0; s < scopes.size(); ++s) {
        int best = -1;
        uint32_t best_distance = 0;
        for (size_t i = run_first; i < run_last; ++i) {
            const Mention& m = mentions[i];
            if (m.sentence != sentence || m.tokens.first < scopes[s].first || m.tokens.last > scopes[s].last) continue;
            if (skip(m, s)) continue;
            const uint32_t d = token_distance(m.tokens, verb);
            if (best < 0 || d < best_distance) {
                best = static_cast<int>(i);
                best_distance = d;
            }
        }
        if (best >= 0) {
            scope_found = s;
            return best;
        }
    }
    return -1;
}

template <class Mention>
int nearest_in_scopes(const std::vector<Mention>& mentions, uint32_t sentence, TokenRange verb,
                      const std::vector<TokenRange>& scopes, size_t& scope_found) {
    return nearest_in_scopes(mentions, sentence, verb, scopes, scope_found,
                             [](const Mention&, size_t) { return false; });
}

// True when `token` sits in a clause below `clause` (a relative or adverbial
// clause hanging off it): "troops are deployed ... in a coalition formed in
// 2014" — 2014 dates the forming, not the deployment.
bool in_clause_below(const Document& doc, uint32_t token, int32_t clause) {
    if (clause < 0) return false;
    int32_t c = innermost_clause(doc, token);
    for (size_t steps = 0; c >= 0 && steps < doc.clauses.size(); ++steps) {
        if (c == clause) return false;  // the clause itself, not below it
        c = doc.clauses[static_cast<size_t>(c)].parent;
        if (c == clause) return true;
        if (c >= static_cast<int32_t>(doc.clauses.size())) break;
    }
    return false;
}

// ", and its members named a new president on Sunday": a clause right under the event's own,
// opened by a conjunction after a comma, goes on with the same news (the syntax stage may
// hang a coordinated main clause under the complement before it), so its date is the
// sentence's, unlike a subordinate clause's ("a coalition formed in 2014").
bool coordinated_below(const Document& doc, uint32_t token, int32_t clause) {
    const int32_t c = innermost_clause(doc, token);
    if (clause < 0 || c < 0 || doc.clauses[static_cast<size_t>(c)].parent != clause) return false;
    const uint32_t first = doc.clauses[static_cast<size_t>(c)].tokens.first;
    return first > 0 && first < doc.tokens.size() && doc.tokens[first].pos == PartOfSpeech::conjunction &&
           doc.tokens[first - 1].norm == ",";
}

// "condemned the attack perpetrated on 22 February near X", "set up an inquiry into abuses
// committed in X": a past participle right after a noun of the event's object opens a
// reduced relative clause on that noun, so a date or place after it says when or where
// the participle's act happened, not the event's. (The syntax stage keeps such a
// participle in the clause of the verb before it.) Only mentions after the event's verb and
// before a clause's edge (a comma, a conjunction, "that");
// an event noun keeps the participle's words ("the attack perpetrated on Monday").
bool behind_reduced_relative(const Document& doc, TokenRange verb, TokenRange mention) {
    if (mention.first < verb.last) return false;
    const uint32_t end = std::min<uint32_t>(mention.first, static_cast<uint32_t>(doc.tokens.size()));
    for (uint32_t t = verb.last + 1; t < end; ++t) {
        const Token& w = doc.tokens[t];
        // ", and its members named ... on Sunday": past a clause's edge a verb has a subject.
        if (w.norm == "," || w.norm == ";" || w.pos == PartOfSpeech::conjunction ||
            w.pos == PartOfSpeech::subordinator || w.pos == PartOfSpeech::pronoun)
            return false;
        if (w.pos != PartOfSpeech::verb || !w.norm.ends_with("ed") || w.norm.size() < 4) continue;
        if (doc.tokens[t - 1].pos == PartOfSpeech::noun) return true;
    }
    return false;
}

const char* scope_name(size_t scope, size_t scopes) {
    if (scope + 1 == scopes) return "in the same sentence, nearest to the verb";
    return scope == 0 ? "in the event's own clause" : "in an enclosing clause";
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

// The last day of the period a date of this precision stands for.
Date period_end(Date d, DatePrecision p) {
    if (p == DatePrecision::month) return shift_months(d, 1).plus_days(-1);
    if (p == DatePrecision::year) return Date{d.year, 12, 31};
    return d;
}

bool finer(DatePrecision a, DatePrecision b) {
    return static_cast<int>(a) < static_cast<int>(b);
}

// "in 2022 ... on Thursday, January 6": of the dates in one scope, a more precise one that
// falls inside the chosen coarser one says the same thing better.
int refine_within(const Document& doc, int chosen, uint32_t sentence, TokenRange scope) {
    const DateMention& c = doc.dates[static_cast<size_t>(chosen)];
    if (c.precision == DatePrecision::day) return chosen;
    const Date last = period_end(c.date, c.precision);
    int best = chosen;
    for (size_t i = 0; i < doc.dates.size(); ++i) {
        const DateMention& m = doc.dates[i];
        if (m.sentence != sentence || m.bound || m.tokens.first < scope.first || m.tokens.last > scope.last) continue;
        if (doc.dateline.holds(m.span) || m.adjunct >= 0) continue;
        if (!finer(m.precision, doc.dates[static_cast<size_t>(best)].precision)) continue;
        if (m.date < c.date || last < m.date) continue;
        best = static_cast<int>(i);
    }
    return best;
}

// A date closing a phrase opened by "after" or "following" whose words do not hold the
// event's own trigger ("Jets struck, following rebel attacks a day earlier").
bool outside_adjunct(const DateMention& m, TokenRange verb) {
    if (m.adjunct < 0) return false;
    const auto opener = static_cast<uint32_t>(m.adjunct);
    return verb.first < opener || verb.first >= m.tokens.last;
}

// "Monday's attack": a possessive date dates the noun after it, not its sentence.
bool possessive_date(const Document& doc, const DateMention& m) {
    return m.tokens.last < doc.tokens.size() && doc.tokens[m.tokens.last].norm == "'s";
}

// "Monday's deadly mortar attack": a possessive date reaches the head noun a few words on,
// which may be the event's own (noun) trigger.
constexpr uint32_t kPossessiveReach = 4;
bool dates_the_noun(const DateMention& m, TokenRange verb) {
    return verb.first > m.tokens.last && verb.first <= m.tokens.last + kPossessiveReach;
}

// Wire stories tell one news day: an event whose sentence gives no date happened on the
// recent day an earlier sentence named ("Iraq attacked yesterday ... Earlier, its forces
// set fire to ..."). The latest dated sentence decides, by its first date (the lede's);
// only a day within a week before the story date carries over; a background date
// ("in 2014"), a period's limit ("since 2012") and a noun's date ("Monday's attack") do not.
// With no dated sentence before it, an undated lede takes the day the next sentence or
// the one after names ("The EU froze the assets. Speaking yesterday, the minister said ..."):
// the lede leaves the day to the story's body.
constexpr int kCarryOverDays = 7;
constexpr uint32_t kCarryForwardSentences = 2;
// A date that may stand for its sentence's news day: not a period's limit, not inside an
// "after ..." phrase, not the dateline's and not a noun's ("Monday's attack").
bool dates_its_sentence(const Document& doc, const DateMention& m) {
    return !m.bound && m.adjunct < 0 && !doc.dateline.holds(m.span) && !possessive_date(doc, m);
}

int carried_over(const Document& doc, uint32_t sentence) {
    if (!doc.meta.story_date) return -1;
    const Date story = *doc.meta.story_date;
    const Date earliest = story.plus_days(-kCarryOverDays);
    int found = -1;
    uint32_t found_sentence = 0;
    for (size_t i = doc.dates.size(); i-- > 0;) {
        const DateMention& m = doc.dates[i];
        if (m.sentence >= sentence || !dates_its_sentence(doc, m)) continue;
        if (found >= 0 && m.sentence != found_sentence) break;
        found = static_cast<int>(i);
        found_sentence = m.sentence;
    }
    if (found < 0) {  // no dated sentence before it: the first date of the next ones
        const auto next = std::partition_point(doc.dates.begin(), doc.dates.end(),
                                               [&](const DateMention& m) { return m.sentence <= sentence; });
        for (auto it = next; it != doc.dates.end() && it->sentence <= sentence + kCarryForwardSentences; ++it) {
            if (!dates_its_sentence(doc, *it)) continue;
            found = static_cast<int>(it - doc.dates.begin());
            break;
        }
    }
    if (found < 0) return -1;
    const DateMention& m = doc.dates[static_cast<size_t>(found)];
    // The story's own day carries nothing over: the event keeps the story date.
    if (m.precision != DatePrecision::day || m.date < earliest || !(m.date < story)) return -1;
    return found;
}

void set_date(Document& doc, Event& e, const DateMention& m, size_t index, const std::string& why) {
    e.date = m.date;
    e.date_precision = m.precision;
    e.date_span = m.span;
    if (doc.explain)
        doc.explanation.push_back("event " + std::to_string(index) + " date " + m.date.iso() + " (" +
                                  to_string(m.precision) + ") from " + quoted(doc.view(m.span)) + " " + why + " [" +
                                  m.rule + "]");
}

void attach_date(Document& doc, Event& e, TokenRange verb, const std::vector<TokenRange>& scopes, size_t index,
                 const DateLexicon* lexicon) {
    size_t scope = 0;
    // Only the sentence-wide fallback can reach into a clause below the event's own.
    const int32_t own_clause = innermost_clause(doc, verb.first);
    const size_t sentence_scope = scopes.size() - 1;
    int d = nearest_in_scopes(doc.dates, e.sentence, verb, scopes, scope, [&](const DateMention& m, size_t s) {
        if (m.bound || doc.dateline.holds(m.span)) return true;
        // "raids following rebel attacks a day earlier": the date belongs to the attacks.
        if (outside_adjunct(m, verb)) return true;
        // "complained that Saturday's raid violated ...": the possessive dates the raid only.
        if (possessive_date(doc, m) && !dates_the_noun(m, verb)) return true;
        if (behind_reduced_relative(doc, verb, m.tokens)) return true;
        return s == sentence_scope && s > 0 && in_clause_below(doc, m.tokens.first, own_clause) &&
               !coordinated_below(doc, m.tokens.first, own_clause);
    });
    if (d >= 0) {
        d = refine_within(doc, d, e.sentence, scopes[scope]);
        set_date(doc, e, doc.dates[static_cast<size_t>(d)], index, scope_name(scope, scopes.size()));
        return;
    }
    if (const int c = carried_over(doc, e.sentence); c >= 0) {
        set_date(doc, e, doc.dates[static_cast<size_t>(c)], index,
                 std::string(doc.dates[static_cast<size_t>(c)].sentence < e.sentence ? "in an earlier sentence"
                                                                                     : "in a later sentence") +
                     ": no date in its own, and the story's recent day carries over");
        return;
    }
    for (const DateMention& m : doc.dates) {
        if (m.sentence != e.sentence || !doc.dateline.holds(m.span)) continue;
        set_date(doc, e, m, index, "in the dateline: no date in the sentence");
        return;
    }
    if (doc.meta.story_date && lexicon && lexicon->print_edition(doc.meta.outlet, *doc.meta.story_date)) {
        // A morning paper prints the news of the day before: nothing in the text dates it.
        e.date = doc.meta.story_date->plus_days(-1);
        e.date_precision = DatePrecision::story;
        e.date_span.reset();
        e.date_from = "print-edition";
        if (doc.explain)
            doc.explanation.push_back("event " + std::to_string(index) + " date " + e.date.iso() +
                                      " (story): no date expression, and '" + doc.meta.outlet +
                                      "' is a morning paper dated by its print edition, the day after its news "
                                      "[data/dates/print-editions.txt]");
        return;
    }
    if (doc.meta.story_date) {
        e.date = *doc.meta.story_date;
        e.date_precision = DatePrecision::story;
        e.date_span.reset();
        if (doc.explain)
            doc.explanation.push_back(
                "event " + std::to_string(index) + " date " + e.date.iso() +
                " (story): no date expression in its clause or the clauses above it, so the story date");
    }
}

bool is_country(const Gazetteer* gazetteer, const std::string& code) {
    return gazetteer && code.size() == 3 && gazetteer->country(code);
}

// The one country both parties of the event belong to ("the army detained the opposition
// leader"); empty when a side is missing, of another country or no country (an IGO).
std::string parties_country(const Event& e, const Gazetteer* gazetteer) {
    if (!e.source || !e.target || e.source->country != e.target->country) return {};
    return is_country(gazetteer, e.source->country) ? e.source->country : std::string();
}

// Whether the event may have happened where the story was filed. Material events (CAMEO
// quad classes 2 and 4: aid, troops, fighting) happen where the parties are: when every
// side is a country other than the dateline's, the dateline is where the reporter sits
// ("WASHINGTON -- Serb forces shelled ..."). Statements may be made where the story was
// filed, so they keep it, unless both sides are of one other country (then that country).
bool dateline_fits(const Event& e, const std::string& dateline_country, const Gazetteer* gazetteer) {
    if (!e.source && !e.target) return true;
    for (const std::optional<EventActor>* side : {&e.source, &e.target}) {
        if (!*side) continue;
        // A side of no country (the UN, an unidentified group) may have been anywhere.
        if (!is_country(gazetteer, (*side)->country) || (*side)->country == dateline_country) return true;
    }
    if (!parties_country(e, gazetteer).empty()) return false;
    return e.quad != 2 && e.quad != 4;
}

// "COLOMBO -- The army said its commandos overran the last rebel positions": a state's
// fighting with its own insurgents (CAMEO roots 19 and 20, both sides of one country) is
// reported from the capital, where the ministry and the agencies sit, but fought in the
// country's contested regions. With such a dateline and no place in the sentence, the
// country says where, not the capital.
bool fought_away_from_capital(const Event& e, const PlaceMention& dateline, const Gazetteer* gazetteer) {
    if (e.root != "19" && e.root != "20") return false;
    const std::string country = parties_country(e, gazetteer);
    if (country.empty() || country != dateline.country) return false;
    const PlaceEntry* capital = gazetteer->capital(country);
    return capital && capital->name == dateline.name;
}

void set_place(Document& doc, Event& e, const PlaceMention& m, size_t index, const std::string& why, std::string from) {
    EventPlace place;
    place.text = std::string(doc.view(m.span));
    place.name = m.name;
    place.country = m.country;
    place.precision = m.precision;
    place.lat = m.lat;
    place.lon = m.lon;
    place.span = m.span;
    place.from = std::move(from);
    e.place = std::move(place);
    if (doc.explain)
        doc.explanation.push_back("event " + std::to_string(index) + " place " + m.name + " (" + m.country + ", " +
                                  m.precision + ") from " + quoted(doc.view(m.span)) + " " + why + " [" + m.rule + "]");
}

// A place the sentence does not name, inferred from the gazetteer (no text, empty span).
void place_at(Document& doc, Event& e, const PlaceEntry& p, const char* from, size_t index, const std::string& why) {
    e.place = EventPlace{"", p.name, p.country, to_string(p.kind), p.lat, p.lon, Span{}, from};
    if (doc.explain)
        doc.explanation.push_back("event " + std::to_string(index) + " place " + p.name + " (" + p.country + ", " +
                                  to_string(p.kind) + "): no place in its sentence; " + why + " [" + p.rule + "]");
}

// "The military surrounded Parliament", "Congress named a new president": a national body
// that sits in the capital is named in the event's sentence, and the event's parties are of
// one country (or its only side is): that country's capital.
const PlaceEntry* national_seat(const Document& doc, const Event& e, const Gazetteer* gazetteer) {
    if (!gazetteer || !e.source) return nullptr;
    std::string country = parties_country(e, gazetteer);
    if (country.empty() && !e.target && is_country(gazetteer, e.source->country)) country = e.source->country;
    if (country.empty()) return nullptr;
    const TokenRange sentence = sentence_tokens(doc, e.sentence);
    for (uint32_t t = sentence.first; t < sentence.last && t < doc.tokens.size(); ++t) {
        if (!gazetteer->is_trigger("national_seat", doc.tokens[t].norm)) continue;
        // "a member of parliament", "a congress of the party": no body acting at its seat.
        if (t > sentence.first && doc.tokens[t - 1].norm == "of") continue;
        if (!doc.tokens[t].capitalized && !(t > sentence.first && doc.tokens[t - 1].norm == "the")) continue;
        return gazetteer->capital(country);
    }
    return nullptr;
}

// A country named as the owner or by its nationality ("India's financial capital", "the
// Indian side", "Pakistani territory"): some part of it, not the country as a whole.
bool part_of_country(const Document& doc, const PlaceMention& m) {
    const bool owner = m.tokens.last < doc.tokens.size() && doc.tokens[m.tokens.last].norm == "'s";
    return owner || doc.view(m.span) != m.name;
}

// "airstrikes on the Indian side of the line in the region of Kashmir", "villages in
// Afghanistan near Kandahar": when the place nearest the verb is a whole country and the
// same clause names a place inside that country, the smaller place says where. From a
// clause above the event's own only when the country was named as a part of it ("hotels in
// Mumbai ..., wounding 300 in a rampage through India's financial capital"); "bombed
// Beirut's airport and sent troops deep into Lebanon" keeps Lebanon for the troops. Only
// clause scopes count (a sibling clause's city may be where another event happened); -1
// when none.
int place_inside(const Document& doc, int chosen, size_t chosen_scope, uint32_t sentence, TokenRange verb,
                 const std::vector<TokenRange>& scopes, int32_t own_clause) {
    const PlaceMention& country = doc.places[static_cast<size_t>(chosen)];
    if (country.precision != "country" || scopes.size() < 2) return -1;
    const bool part = part_of_country(doc, country);
    const std::vector<TokenRange> clauses(scopes.begin(), scopes.end() - 1);
    size_t scope = 0;
    return nearest_in_scopes(doc.places, sentence, verb, clauses, scope, [&](const PlaceMention& m, size_t s) {
        if (m.country != country.country || m.precision == "country" || m.precision == "landmark") return true;
        if (s > chosen_scope && !part) return true;
        return doc.dateline.holds(m.span) || in_clause_below(doc, m.tokens.first, own_clause);
    });
}

// Force between the sides (CAMEO roots 15 posture, 17 coerce, 18 assault, 19 fight,
// 20 mass violence): the sides meet where it happens. Sanctions, expulsions and cut aid
// (16) are decided at home, statements are made where the speaker is.
bool sides_meet(const Event& e) {
    return e.root == "15" || e.root == "17" || e.root == "18" || e.root == "19" || e.root == "20";
}

// "India and Pakistan said they had shot down each other's jets. Pakistan said it struck
// ... in the region of Kashmir": force between sides of two countries, in a sentence that
// names no place, happened where the sentence before (else the one after) places the
// story, when that place is in one side's country; a place inside the country beats the
// country.
int nearby_place(const Document& doc, const Event& e) {
    if (!e.source || !e.target || !sides_meet(e)) return -1;
    const std::string& a = e.source->country;
    const std::string& b = e.target->country;
    uint32_t sentences[2] = {e.sentence + 1, e.sentence + 1};
    if (e.sentence > 0) sentences[0] = e.sentence - 1;
    for (const uint32_t s : sentences) {
        const auto [first, last] = sentence_run(doc.places, s);
        int best = -1;
        for (size_t i = first; i < last; ++i) {
            const PlaceMention& m = doc.places[i];
            if (doc.dateline.holds(m.span) || (m.country != a && m.country != b)) continue;
            if (best < 0 || (doc.places[static_cast<size_t>(best)].precision == "country" && m.precision != "country"))
                best = static_cast<int>(i);
        }
        if (best >= 0) return best;
    }
    return -1;
}

void attach_place(Document& doc, Event& e, TokenRange verb, const std::vector<TokenRange>& scopes, size_t index,
                  const Gazetteer* gazetteer) {
    size_t scope = 0;
    // As with dates: a place in a clause below the event's own ("after Georgia launched an
    // offensive to retake the province of X") is where that clause's event happened.
    const int32_t own_clause = innermost_clause(doc, verb.first);
    const size_t sentence_scope = scopes.size() - 1;
    const int p = nearest_in_scopes(doc.places, e.sentence, verb, scopes, scope, [&](const PlaceMention& m, size_t s) {
        if (doc.dateline.holds(m.span) || behind_reduced_relative(doc, verb, m.tokens)) return true;
        return s == sentence_scope && s > 0 && in_clause_below(doc, m.tokens.first, own_clause);
    });
    if (p >= 0) {
        if (const int inner = place_inside(doc, p, scope, e.sentence, verb, scopes, own_clause); inner >= 0) {
            set_place(doc, e, doc.places[static_cast<size_t>(inner)], index,
                      "inside " + quoted(doc.places[static_cast<size_t>(p)].name) +
                          ", the nearer place, in the event's clause or one above it",
                      "");
            return;
        }
        set_place(doc, e, doc.places[static_cast<size_t>(p)], index, scope_name(scope, scopes.size()), "");
        return;
    }
    // No place of its own: a body that acts only at its seat ("the Security Council voted").
    if (gazetteer && e.source) {
        if (const PlaceEntry* seat = gazetteer->seat_named_in(e.source->text)) {
            place_at(doc, e, *seat, "seat", index, "the seat of " + quoted(e.source->text));
            return;
        }
    }
    // Where the story was filed, the dateline's place before its region, when the event's
    // parties may have been there.
    int dateline = -1;
    if (!doc.places.empty() && doc.dateline.holds(doc.places.front().span)) dateline = 0;
    const bool away = dateline >= 0 && fought_away_from_capital(e, doc.places.front(), gazetteer);
    if (dateline >= 0 && !away && dateline_fits(e, doc.places.front().country, gazetteer)) {
        set_place(doc, e, doc.places.front(), index, "in the dateline: no place in its sentence", "dateline");
        return;
    }
    // A national body that sits in the capital, named in the sentence ("stormed Parliament").
    if (const PlaceEntry* capital = national_seat(doc, e, gazetteer)) {
        place_at(doc, e, *capital, "seat", index, "the capital, where the body named in its sentence sits");
        return;
    }
    // Both sides of one country: the event happened in that country.
    if (const std::string country = parties_country(e, gazetteer); !country.empty()) {
        place_at(doc, e, *gazetteer->country(country), "parties", index,
                 std::string(away            ? "the dateline is the capital, where no civil war is fought, and "
                             : dateline >= 0 ? "the dateline is in another country, and "
                                             : "") +
                     "both its parties are of that country");
        return;
    }
    // Sides of two countries, fighting or talking about a place a sentence beside names.
    if (const int near = nearby_place(doc, e); near >= 0) {
        set_place(doc, e, doc.places[static_cast<size_t>(near)], index,
                  "in a sentence beside its own, in the country of one of its sides", "nearby");
        return;
    }
    if (doc.explain)
        doc.explanation.push_back("event " + std::to_string(index) + " place: none in its sentence" +
                                  (dateline >= 0 ? " (the dateline is in a third country)" : ""));
}

void attach_counts(Document& doc, Event& e, TokenRange verb, const std::vector<TokenRange>& scopes, size_t index) {
    size_t scope = 0;
    if (nearest_in_scopes(doc.quantities, e.sentence, verb, scopes, scope) < 0) return;
    // Every kind counted in that scope, each from the number nearest the verb.
    const TokenRange in = scopes[scope];
    std::vector<int> best(6, -1);
    const auto [run_first, run_last] = sentence_run(doc.quantities, e.sentence);
    for (size_t i = run_first; i < run_last; ++i) {
        const Quantity& q = doc.quantities[i];
        if (q.sentence != e.sentence || q.tokens.first < in.first || q.tokens.last > in.last) continue;
        int& slot = best[static_cast<size_t>(q.kind)];
        if (slot < 0 ||
            token_distance(q.tokens, verb) < token_distance(doc.quantities[static_cast<size_t>(slot)].tokens, verb))
            slot = static_cast<int>(i);
    }
    for (int i : best) {
        if (i < 0) continue;
        const Quantity& q = doc.quantities[static_cast<size_t>(i)];
        switch (q.kind) {
            case QuantityKind::killed:
                e.counts.killed = q.value;
                break;
            case QuantityKind::injured:
                e.counts.injured = q.value;
                break;
            case QuantityKind::arrested:
                e.counts.arrested = q.value;
                break;
            case QuantityKind::troops:
                e.counts.troops = q.value;
                break;
            case QuantityKind::displaced:
                e.counts.displaced = q.value;
                break;
            case QuantityKind::other:
                continue;
        }
        e.counts.approximate = e.counts.approximate || q.approximate;
        e.counts.sources.push_back(EventCountSource{q.kind, q.value, q.value_max, q.approximate,
                                                    std::string(doc.view(q.span)), q.span, q.actor_code,
                                                    q.place_country, q.rule});
        if (doc.explain) {
            char value[64];
            std::snprintf(value, sizeof value, "%.0f", q.value);
            doc.explanation.push_back(
                "event " + std::to_string(index) + " count " + to_string(q.kind) + " = " + value +
                (q.approximate ? " (approximate)" : "") + (q.actor_code.empty() ? "" : " of " + q.actor_code) +
                (q.place_country.empty() ? "" : " in " + q.place_country) + " from " + quoted(doc.view(q.span)) + " " +
                scope_name(scope, scopes.size()) + " [" + q.rule + "]");
        }
    }
}

// The quotes that may hold a span, without a scan of all the document's
// quotes per event (issue 13): doc.quotes is in text order, so those starting
// at or before the span are a prefix, and walking it backwards can stop once
// no earlier quote reaches the span's end (the running maximum of ends).
struct QuoteIndex {
    explicit QuoteIndex(const std::vector<Quote>& quotes) : quotes(quotes) {
        sorted = std::is_sorted(quotes.begin(), quotes.end(),
                                [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
        reach.reserve(quotes.size());
        for (const Quote& q : quotes) reach.push_back(std::max(reach.empty() ? 0u : reach.back(), q.span.end));
    }
    template <typename F>
    void each_holding(Span span, F&& f) const {
        if (!sorted) {
            for (const Quote& q : quotes) f(q);
            return;
        }
        size_t i =
            static_cast<size_t>(std::partition_point(quotes.begin(), quotes.end(),
                                                     [&](const Quote& q) { return q.span.begin <= span.begin; }) -
                                quotes.begin());
        while (i > 0 && reach[i - 1] >= span.end) f(quotes[--i]);
    }
    const std::vector<Quote>& quotes;
    std::vector<uint32_t> reach;
    bool sorted = true;
};

void attach_attribution(Document& doc, Event& e, size_t index, const QuoteIndex& quotes) {
    if (e.attribution) return;  // the event stage knew better
    const Quote* best = nullptr;
    quotes.each_holding(e.verb_span, [&](const Quote& q) {
        if (q.speaker_span.empty() || !q.span.contains(e.verb_span)) return;
        // The smallest quote holding the verb; the first of equals.
        if (!best || q.span.size() < best->span.size() || (q.span.size() == best->span.size() && &q < best)) best = &q;
    });
    if (!best) return;
    e.attribution = Attribution{std::string(doc.view(best->speaker_span)), best->speaker_code, best->speaker_span};
    if (doc.explain)
        doc.explanation.push_back(
            "event " + std::to_string(index) + " attributed to " + quoted(doc.view(best->speaker_span)) +
            (best->speaker_code.empty() ? "" : " (" + best->speaker_code + ")") +
            (best->direct ? ": its verb is inside a direct quote" : ": its verb is inside reported speech"));
}

}  // namespace

void EventContextAttacher::run(Document& doc) const {
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    const QuoteIndex quotes(doc.quotes);
    for (size_t i = 0; i < doc.events.size(); ++i) {
        Event& e = doc.events[i];
        uint32_t v = token_at(doc, e.verb_span.begin);
        if (v >= n || doc.tokens[v].sentence != e.sentence) {
            // No verb span: stand at the start of the event's sentence.
            v = sentence_tokens(doc, e.sentence).first;
        }
        uint32_t v_end = std::max(v + 1, token_at(doc, e.verb_span.end > 0 ? e.verb_span.end - 1 : 0) + 1);
        v_end = std::min(v_end, std::max(n, v + 1));
        const TokenRange verb{v, v_end};
        const std::vector<TokenRange> scopes =
            v < n ? scopes_around(doc, v, e.sentence) : std::vector<TokenRange>{sentence_tokens(doc, e.sentence)};
        attach_date(doc, e, verb, scopes, i, dates_.get());
        attach_place(doc, e, verb, scopes, i, gazetteer_.get());
        attach_counts(doc, e, verb, scopes, i);
        attach_attribution(doc, e, i, quotes);
    }
}

}  // namespace sitrep
