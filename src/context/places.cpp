#include "context/places.hpp"

#include <algorithm>

#include "context/token_text.hpp"

namespace sitrep {

namespace {

// Default preference among entries sharing a name: a country over a city over
// a region over a landmark ("Georgia" the country unless cues say the US state).
int kind_rank(PlaceKind k) {
    switch (k) {
        case PlaceKind::country:
            return 0;
        case PlaceKind::city:
            return 1;
        case PlaceKind::admin1:
            return 2;
        case PlaceKind::landmark:
            return 3;
    }
    return 3;
}

// Between entries that context scores alike: a hand-written entry (chosen for
// news, with cue words) over a packaged one, then the larger city ("Richmond":
// Virginia's, not British Columbia's).
bool wins_tie(const PlaceEntry& a, const PlaceEntry& b) {
    if (a.packaged != b.packaged) return !a.packaged;
    return a.population > b.population;
}

bool is_word_token(const Token& t) {
    return t.kind == TokenKind::word || t.kind == TokenKind::number;
}

// True when a date detected earlier covers token `t` ("in Kabul Sunday").
bool in_date(const Document& doc, uint32_t t) {
    auto it = std::lower_bound(doc.dates.begin(), doc.dates.end(), t,
                               [](const DateMention& m, uint32_t tok) { return m.tokens.last <= tok; });
    return it != doc.dates.end() && in_range(it->tokens, t);
}

// "in US retaliatory strikes", "in Iraq war crimes": a name right before a
// lower-case noun or adjective modifies it and is no place. Needs the syntax
// stage's part of speech; without it the name is kept. A word that belongs to a
// date ("in Kabul next week") or qualifies the date after it ("in Mumbai late
// Wednesday", "in Gaza early Monday") modifies the date, not the name.
bool modifies_next(const Document& doc, uint32_t next, uint32_t limit) {
    if (next >= limit) return false;
    const Token& t = doc.tokens[next];
    if (t.capitalized || (t.pos != PartOfSpeech::noun && t.pos != PartOfSpeech::adjective)) return false;
    if (in_date(doc, next)) return false;
    return !(t.pos == PartOfSpeech::adjective && next + 1 < limit && in_date(doc, next + 1));
}

// The tokenizer splits the possessive off: "Beirut" "'s".
bool possessive_at(const Document& doc, uint32_t t, uint32_t limit) {
    return t < limit && doc.tokens[t].norm == "'s";
}

// "from Jordan Peterson", "in Washington Post reports", "at Georgia Tech": a gazetteer
// name followed straight away by another capitalised word that is no date is the start
// of a longer name (a person, a paper, a school), not a place.
bool starts_longer_name(const Document& doc, uint32_t next, uint32_t limit) {
    if (next >= limit) return false;
    const Token& t = doc.tokens[next];
    if (!t.capitalized || t.kind != TokenKind::word || !t.space_before) return false;
    return !in_date(doc, next);
}

}  // namespace

std::optional<PlaceDetector::Match> PlaceDetector::match_at(const Document& doc, uint32_t first, uint32_t limit) const {
    if (first >= limit || !doc.tokens[first].capitalized || !is_word_token(doc.tokens[first])) return std::nullopt;
    std::string key;
    std::optional<Match> best;
    const uint32_t stop = std::min(limit, first + gazetteer_->max_tokens());
    for (uint32_t j = first; j < stop; ++j) {
        const Token& t = doc.tokens[j];
        // A name never runs across a space-separated punctuation mark ("Iraq , Syria").
        if (j > first && !is_word_token(t) && t.space_before) break;
        append_match_key(t.norm, key);
        if (!is_word_token(t)) continue;
        if (const auto* found = gazetteer_->lookup(key); found && !modifies_next(doc, j + 1, limit))
            best = Match{j + 1, choose(doc, t.sentence, *found)};
        if (bare_word(t.norm).size() != t.norm.size() && t.norm.size() > 2 && t.norm.substr(t.norm.size() - 2) == "'s")
            break;  // "Iraq's Anbar": the possessive ends the name
    }
    if (best && starts_longer_name(doc, best->end, limit)) return std::nullopt;
    return best;
}

uint32_t PlaceDetector::choose(const Document& doc, uint32_t sentence, const std::vector<uint32_t>& candidates) const {
    if (candidates.size() == 1) return candidates.front();
    const TokenRange range = sentence_tokens(doc, sentence);
    uint32_t best = candidates.front();
    int best_score = -1;
    for (uint32_t index : candidates) {
        const PlaceEntry& e = gazetteer_->entry(index);
        int score = 0;
        for (uint32_t t = range.first; t < range.last; ++t)
            for (const std::string& cue : e.cues)
                if (bare_word(doc.tokens[t].norm) == cue) score += 4;
        for (const PlaceMention& p : doc.places)
            if (p.country == e.country) {
                score += 2;
                break;
            }
        for (const ActorMention& a : doc.actors)
            if (a.country == e.country) {
                score += 1;
                break;
            }
        score = score * 4 + (3 - kind_rank(e.kind));
        if (score > best_score || (score == best_score && wins_tie(e, gazetteer_->entry(best)))) {
            best_score = score;
            best = index;
        }
    }
    return best;
}

// "Zimbabwe's runoff election", "Indonesia's parliament compound": the noun a possessive
// name owns (past adjectives), whether it is a national body's seat and whether it is a
// place or a part of one. noun == range.last when the name owns nothing.
PlaceDetector::Owned PlaceDetector::owned_noun(const Document& doc, const Match& m, TokenRange range) const {
    Owned o{range.last, false, false};
    if (!possessive_at(doc, m.end, range.last)) return o;
    uint32_t t = m.end + 1;
    while (t < range.last && t < m.end + 4 && doc.tokens[t].pos == PartOfSpeech::adjective &&
           !doc.tokens[t].capitalized)
        ++t;
    if (t >= range.last || doc.tokens[t].capitalized || doc.tokens[t].kind != TokenKind::word) return o;
    const std::string_view w = doc.tokens[t].norm;
    o.noun = t;
    // "in Iraq's capital" is the capital; "India's financial capital" (an adjective
    // between) is some city of the country, left to the country.
    o.seat = gazetteer_->is_trigger("national_seat", w) || (t == m.end + 1 && gazetteer_->is_trigger("capital", w));
    o.place = gazetteer_->is_trigger("site", w) || gazetteer_->is_trigger("skip", w) ||
              gazetteer_->is_trigger("direction", w) || gazetteer_->is_trigger("apposition", w) ||
              gazetteer_->is_trigger("division", w) || gazetteer_->is_trigger("place_noun", w);
    return o;
}

void PlaceDetector::add(Document& doc, uint32_t first, const Match& m, std::string_view why) const {
    add_entry_at(doc, first, m.end, gazetteer_->entry(m.entry), why);
}

void PlaceDetector::add_entry_at(Document& doc, uint32_t first, uint32_t end, const PlaceEntry& e,
                                 std::string_view why) const {
    PlaceMention p;
    p.span = Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
    p.tokens = TokenRange{first, end};
    p.sentence = doc.tokens[first].sentence;
    p.name = e.name;
    p.country = e.country;
    p.lat = e.lat;
    p.lon = e.lon;
    p.precision = to_string(e.kind);
    p.rule = e.rule + " (" + std::string(why) + ")";
    doc.places.push_back(std::move(p));
}

// The dateline's place and region ("NEW DELHI, India --", "THE HAGUE --"), each when the
// gazetteer knows the whole name. Matching ignores case, so all-caps names resolve.
void PlaceDetector::add_dateline(Document& doc) const {
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    for (const Span part : {doc.dateline.place, doc.dateline.region}) {
        if (part.empty()) continue;
        const uint32_t first = token_at(doc, part.begin);
        const uint32_t last = std::min(n, token_at(doc, part.end - 1) + 1);
        if (first >= last) continue;
        const auto m = match_at(doc, first, last);
        if (m && m->end == last) add(doc, first, *m, "the dateline");
    }
}

// "a spokesman said here Tuesday": in a story with a dateline, "here" is the dateline's
// place. Not at the start of a sentence ("Here is what we know").
void PlaceDetector::add_here(Document& doc, TokenRange range, const PlaceMention& dateline) const {
    for (uint32_t i = range.first + 1; i < range.last; ++i) {
        if (!gazetteer_->is_trigger("here", doc.tokens[i].norm)) continue;
        PlaceMention p = dateline;
        p.span = doc.tokens[i].span;
        p.tokens = TokenRange{i, i + 1};
        p.sentence = doc.tokens[i].sentence;
        p.rule = dateline.rule + " ('" + doc.tokens[i].norm + "' in a story filed there)";
        doc.places.push_back(std::move(p));
    }
}

void PlaceDetector::run(Document& doc) const {
    doc.places.clear();  // replaces the layer
    add_dateline(doc);
    const std::optional<PlaceMention> dateline =
        doc.places.empty() ? std::nullopt : std::optional<PlaceMention>(doc.places.front());
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const TokenRange range = sentence_tokens(doc, s);
        for (uint32_t i = range.first; i + 1 < range.last; ++i) {
            const std::string_view trigger = doc.tokens[i].norm;
            uint32_t j = i + 1;
            if (gazetteer_->is_trigger("apposition", trigger) && j + 1 < range.last && doc.tokens[j].norm == "of") {
                ++j;  // "the Ukrainian city of Kharkiv": the name after "city of" is a place
            } else if (trigger == "on" && i > range.first &&
                       gazetteer_->is_trigger("attack", bare_word(doc.tokens[i - 1].norm))) {
                // "air strikes on Gaza": where the attack landed
            } else if (!gazetteer_->is_trigger("preposition", trigger)) {
                continue;
            }
            if (add_anaphor(doc, i, range)) continue;
            // Try the name first, so "North Korea" is not read as "north" + "Korea".
            std::optional<Match> m;
            const uint32_t name_from = j;
            while (j < range.last && j < name_from + 4) {
                m = match_at(doc, j, range.last);
                if (m) break;
                const std::string_view w = doc.tokens[j].norm;
                if (!gazetteer_->is_trigger("skip", w) && !gazetteer_->is_trigger("direction", w)) break;
                ++j;
            }
            if (!m) continue;
            if (const Owned owned = owned_noun(doc, *m, range); owned.noun < range.last) {
                // "at Indonesia's parliament": the capital, where the body sits.
                const PlaceEntry& e = gazetteer_->entry(m->entry);
                const PlaceEntry* capital = e.kind == PlaceKind::country ? gazetteer_->capital(e.country) : nullptr;
                if (owned.seat && capital) {
                    add_entry_at(doc, j, m->end, *capital,
                                 "capital of the owner of '" + doc.tokens[owned.noun].norm + "'");
                    i = owned.noun;
                    continue;
                }
                // "withdrew from Zimbabwe's runoff election": the country owns the election;
                // "from" says what was left, not where.
                if (!owned.place && trigger == "from") {
                    i = owned.noun;
                    continue;
                }
            }
            add(doc, j, *m, "after '" + std::string(trigger) + "'");
            // Places listed together share the preposition: "in Iraq and Syria",
            // "in Mosul, Iraq", "in Iraq's Anbar province".
            uint32_t k = m->end;
            while (k < range.last) {
                const std::string_view last = doc.tokens[k - 1].norm;
                const bool possessive = last.size() > 2 && last.substr(last.size() - 2) == "'s";
                uint32_t next = k;
                if (gazetteer_->is_trigger("joiner", doc.tokens[k].norm))
                    ++next;
                else if (!possessive)
                    break;
                while (next < range.last && next < k + 4 && gazetteer_->is_trigger("direction", doc.tokens[next].norm))
                    ++next;
                auto chained = match_at(doc, next, range.last);
                if (!chained) break;
                add(doc, next, *chained, "after '" + std::string(trigger) + "'");
                k = chained->end;
            }
            i = k - 1;
        }
        add_possessive_sites(doc, range);
        add_named_divisions(doc, range);
        add_nationality_places(doc, range, s);
        if (dateline) add_here(doc, range, *dateline);
    }
}

// "rebels holding out in the town", "attacked a camp in the region": after a preposition,
// "the" and a noun of a kind of place (and no "of" or name after it) stand for the last
// place of that kind named before, in this sentence or an earlier one.
bool PlaceDetector::add_anaphor(Document& doc, uint32_t preposition, TokenRange range) const {
    const uint32_t the = preposition + 1, noun = preposition + 2;
    if (noun >= range.last || doc.tokens[the].norm != "the") return false;
    const std::string_view word = doc.tokens[noun].norm;
    std::string_view kind;
    for (const auto& [role, k] : {std::pair<std::string_view, std::string_view>{"same_city", "city"},
                                  {"same_admin1", "admin1"},
                                  {"same_country", "country"}})
        if (gazetteer_->is_trigger(role, word)) kind = k;
    if (kind.empty()) return false;
    if (noun + 1 < range.last && (doc.tokens[noun + 1].norm == "of" || doc.tokens[noun + 1].capitalized)) return false;
    for (size_t p = doc.places.size(); p-- > 0;) {
        const PlaceMention& antecedent = doc.places[p];
        if (antecedent.tokens.first >= preposition || antecedent.precision != kind) continue;
        PlaceMention m = antecedent;
        m.span = Span{doc.tokens[the].span.begin, doc.tokens[noun].span.end};
        m.tokens = TokenRange{the, noun + 1};
        m.sentence = doc.tokens[the].sentence;
        m.rule = antecedent.rule + " ('the " + std::string(word) + "' after '" + doc.tokens[preposition].norm +
                 "': the " + std::string(word) + " named before)";
        doc.places.push_back(std::move(m));
        return true;
    }
    return false;
}

// "to the Colombian border", "onto a South Korean island", "on Pakistani territory": a
// nationality adjective (an actor mention of a bare country) before a place noun, after an
// article or a preposition, is a place in that country, at country precision.
void PlaceDetector::add_nationality_places(Document& doc, TokenRange range, uint32_t sentence) const {
    const auto first = std::partition_point(doc.actors.begin(), doc.actors.end(),
                                            [&](const ActorMention& a) { return a.sentence < sentence; });
    for (auto it = first; it != doc.actors.end() && it->sentence == sentence; ++it) {
        const ActorMention& a = *it;
        if (a.code.size() != 3 || a.tokens.first <= range.first || a.tokens.last >= range.last) continue;
        const PlaceEntry* country = gazetteer_->country(a.code);
        const std::string_view noun = doc.tokens[a.tokens.last].norm;
        if (!country || !gazetteer_->is_trigger("place_noun", noun)) continue;
        const std::string_view before = doc.tokens[a.tokens.first - 1].norm;
        if (!gazetteer_->is_trigger("article", before) && !gazetteer_->is_trigger("preposition", before)) continue;
        add_entry_at(doc, a.tokens.first, a.tokens.last + 1, *country,
                     "nationality before '" + std::string(noun) + "'");
    }
}

// "the restive Tigray region", "the Kherson province": a name before a noun of a
// first-level division is a place wherever it stands, with or without a preposition.
void PlaceDetector::add_named_divisions(Document& doc, TokenRange range) const {
    for (uint32_t noun = range.first + 1; noun < range.last; ++noun) {
        if (!gazetteer_->is_trigger("division", doc.tokens[noun].norm)) continue;
        bool taken = false;  // already found after a preposition ("in the Donetsk region")
        for (size_t p = doc.places.size(); p-- > 0 && doc.places[p].sentence == doc.tokens[noun].sentence;)
            taken = taken || in_range(doc.places[p].tokens, noun - 1);
        if (taken) continue;
        for (uint32_t start = noun >= range.first + 3 ? noun - 3 : range.first; start < noun; ++start) {
            // The whole name when the gazetteer has it ("Kherson region"), else the name alone.
            auto m = match_at(doc, start, noun + 1);
            if (!m || m->end != noun + 1) m = match_at(doc, start, noun);
            if (!m || (m->end != noun && m->end != noun + 1)) continue;
            add(doc, start, *m, "before '" + doc.tokens[noun].norm + "'");
            break;
        }
    }
}

// "bombed Beirut's airport", "on Kyiv's outskirts", "a Baghdad neighbourhood": a name that
// owns or modifies a site noun is where the event happened, with or without a preposition.
// Without the possessive an article must open the phrase ("a Sarajevo market"), so that
// "US strikes" or "Iraq war crimes" stay no places.
void PlaceDetector::add_possessive_sites(Document& doc, TokenRange range) const {
    for (uint32_t site = range.first + 1; site < range.last; ++site) {
        if (!gazetteer_->is_trigger("site", doc.tokens[site].norm)) continue;
        const bool owned = possessive_at(doc, site - 1, range.last);
        const uint32_t end = owned ? site - 1 : site;  // one past the name
        if (end <= range.first) continue;
        bool taken = false;  // already found after a preposition ("in Kabul's suburbs")
        for (size_t p = doc.places.size(); p-- > 0 && doc.places[p].sentence == doc.tokens[site].sentence;)
            taken = taken || in_range(doc.places[p].tokens, end - 1);
        if (taken) continue;
        // The name may take a few tokens ("Gaza City's"); the longest that ends here wins.
        for (uint32_t start = end >= range.first + 3 ? end - 3 : range.first; start < end; ++start) {
            if (!owned && (start == range.first || !gazetteer_->is_trigger("article", doc.tokens[start - 1].norm)))
                continue;
            const auto m = match_at(doc, start, end);
            if (!m || m->end != end) continue;
            add(doc, start, *m, std::string(owned ? "owner" : "modifier") + " of '" + doc.tokens[site].norm + "'");
            break;
        }
    }
}

}  // namespace sitrep
