// Country inference for agents and locative country names; see the header for the
// order of evidence. One pass over the document's actors and places: no per-token work.
#include "actors/actor_country_stage.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace sitrep {
namespace {

// English function words the rules hinge on: grammar, not names, so they live here
// (as in actor_stage.cpp).

// Prepositions after which a country is where something happens, not a participant.
// "into", "from" and "toward" stay out: "withdrew from Iraq", "moved into Syria" name
// the other side of the event for many verbs.
constexpr std::string_view kLocatives[] = {"in",     "at",      "near",       "inside", "across",
                                           "within", "outside", "throughout", "around"};
// How far back a place's preposition may be: "in northern Iraq, Syria and Lebanon".
constexpr uint32_t kMaxTriggerDistance = 12;
// "officials from both the Iraqi military and ...": prepositions naming whose the agent
// is, and the words that may open the list after them.
constexpr std::string_view kOwnerPrepositions[] = {"of", "from"};
constexpr std::string_view kListWords[] = {"both", "either", "the"};
// Nouns that stand for the country named before: "the country's Congress".
constexpr std::string_view kCountryNouns[] = {"country", "nation", "state", "kingdom", "republic"};
// The pronoun that does the same: "its army".
constexpr std::string_view kPronoun = "its";
// Pronouns for people: "his government" is the government of the person named before
// ("Pakistan's ambassador to the United States said his government ..."). "their" is
// left out: it refers as often to a list of countries as to one.
constexpr std::string_view kPersonalPronouns[] = {"his", "her"};
constexpr std::string_view kPossessive = "'s";
// Words between a country and its agent in one noun phrase: "Kenyan elite police",
// "Iraqi special police". More would reach into another phrase.
constexpr int kMaxModifiers = 2;
// "the country's Congress" looks back this many sentences for the country.
constexpr uint32_t kPreviousSentences = 2;
// Roles that take a country only from the words of their own sentence, never from the
// dateline or the story: crowds (civilians) rather than institutions, refugees (who are
// most often not of the country they are reported from) and aid agencies (most often
// international).
constexpr std::string_view kSentenceOnlySectors[] = {"CVL", "REF", "NGO"};
// How the place detector's rule ends for "here" in a story with a dateline (places.cpp).
constexpr std::string_view kFiledThere = " in a story filed there)";

template <size_t N>
bool one_of(std::string_view word, const std::string_view (&list)[N]) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// The preposition a place was found after: its rule ends "(after 'in')".
std::string_view trigger_of(const PlaceMention& p) {
    const size_t at = p.rule.rfind("(after '");
    if (at == std::string::npos) return {};
    const size_t from = at + 8;
    const size_t end = p.rule.find('\'', from);
    return end == std::string::npos ? std::string_view{} : std::string_view(p.rule).substr(from, end - from);
}

// Joins pieces of an explanation line (append, not operator+ on literals, which trips
// a false -Wrestrict in GCC 12 at -O3).
std::string join(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts) out.append(p);
    return out;
}

struct Evidence {
    std::string country;  // "" when none
    const char* from = nullptr;
    bool decided = false;  // evidence of this kind was there, even if it named no single country
};

class DocumentCoder {
public:
    DocumentCoder(const ActorCountryResources& res, Document& doc) : res_(res), doc_(doc) {}

    void run() {
        mark_locations();
        index();
        for (size_t a = 0; a < doc_.actors.size(); ++a) {
            ActorMention& m = doc_.actors[a];
            if (m.kind != ActorKind::agent || m.sector.empty() || !m.code.empty()) continue;
            const Evidence e = infer(a);
            if (e.country.empty()) {
                if (doc_.explain)
                    doc_.explanation.push_back(join({"actor '", doc_.view(m.span), "': no country (",
                                                     e.decided ? "the evidence names several" : "no evidence", ")"}));
                continue;
            }
            m.country = e.country;
            m.code = m.sector_first ? m.sector + e.country : e.country + m.sector;
            m.kind = ActorKind::coded;
            m.country_from = e.from;
            if (doc_.explain)
                doc_.explanation.push_back(join(
                    {"actor '", doc_.view(m.span), "': country ", e.country, " from the ", e.from, " -> ", m.code}));
        }
    }

private:
    bool is_country(std::string_view code) const {
        return code.size() == 3 && res_.is_country && res_.is_country(code);
    }
    // A mention that names a country and nothing narrower: "Iraq", "Iraqi".
    bool names_country(const ActorMention& m) const { return m.code.size() == 3 && is_country(m.code); }

    // "Kurdish militants in Iraq and Syria", "the court in The Hague, Netherlands": a
    // bare country the place detector read after a locative preposition that follows
    // another actor says where that actor is, not who takes part. It stays in the
    // document (for the story's country) but no longer fills an event slot. After a
    // thing ("set fire to oil facilities in Kuwait") the country stays: coders take it
    // as the side the event was done to.
    void mark_locations() {
        location_.assign(doc_.actors.size(), false);
        if (doc_.places.empty()) return;
        std::vector<bool> ends_mention(doc_.tokens.size(), false);
        for (const ActorMention& m : doc_.actors)
            if (m.tokens.last > 0 && m.tokens.last <= ends_mention.size()) ends_mention[m.tokens.last - 1] = true;
        size_t p = 0;
        for (size_t a = 0; a < doc_.actors.size(); ++a) {
            ActorMention& m = doc_.actors[a];
            if (m.kind != ActorKind::coded || !names_country(m)) continue;
            while (p < doc_.places.size() && doc_.places[p].tokens.last <= m.tokens.first) ++p;
            for (size_t q = p; q < doc_.places.size() && doc_.places[q].tokens.first <= m.tokens.first; ++q) {
                const PlaceMention& place = doc_.places[q];
                const std::string_view trigger = trigger_of(place);
                if (place.tokens.first > m.tokens.first || place.tokens.last < m.tokens.last ||
                    !one_of(trigger, kLocatives) || !after_actor(place, trigger, ends_mention))
                    continue;
                location_[a] = true;
                m.kind = ActorKind::uncoded;
                if (doc_.explain)
                    doc_.explanation.push_back(join({"actor '", doc_.view(m.span), "': where an actor is (after '",
                                                     trigger, "'), not a participant"}));
                break;
            }
        }
    }

    // Whether the preposition that introduced `place` (the nearest `trigger` before
    // it: "in" of "in Iraq and Syria" for Syria too) directly follows an actor mention.
    bool after_actor(const PlaceMention& place, std::string_view trigger, const std::vector<bool>& ends_mention) const {
        if (place.sentence >= doc_.sentences.size()) return false;
        const uint32_t first = doc_.sentences[place.sentence].tokens.first;
        for (uint32_t t = place.tokens.first; t > first && t + kMaxTriggerDistance > place.tokens.first; --t)
            if (doc_.tokens[t - 1].norm == trigger) return t - 1 > first && ends_mention[t - 2];
        return false;
    }

    // The place detector reads the dateline's own place ("NAIROBI (AP) --") as a place
    // of the first sentence, which a single line break may have joined to it. That is
    // where the story was filed, not where the sentence happens: it is the weaker
    // "dateline" evidence (and none for crowds), and no mention of its country.
    bool in_dateline(const PlaceMention& p) const { return doc_.dateline.holds(p.span); }
    std::string dateline_part_country(Span part) const {
        if (part.empty()) return {};
        for (const PlaceMention& p : doc_.places)
            if (part.contains(p.span)) return p.country;
        return {};
    }
    // "said here": the dateline's place again, so no further mention of its country.
    static bool here_of_dateline(const PlaceMention& p) { return p.rule.ends_with(kFiledThere); }

    void index() {
        // The coded mention ending at each token, for the noun-phrase rules.
        ending_.assign(doc_.tokens.size() + 1, -1);
        starting_.assign(doc_.tokens.size() + 1, -1);
        for (size_t a = 0; a < doc_.actors.size(); ++a) {
            const ActorMention& m = doc_.actors[a];
            if ((m.kind == ActorKind::coded || location_[a]) && !m.code.empty() && m.tokens.last > 0) {
                ending_[m.tokens.last - 1] = static_cast<int32_t>(a);
                starting_[m.tokens.first] = static_cast<int32_t>(a);
            }
        }
        // The one country of each sentence's places ("*" when several).
        sentence_place_.assign(doc_.sentences.size(), std::string());
        for (const PlaceMention& p : doc_.places) {
            if (p.sentence >= sentence_place_.size() || p.country.empty() || in_dateline(p)) continue;
            std::string& c = sentence_place_[p.sentence];
            if (c.empty())
                c = p.country;
            else if (c != p.country)
                c = "*";
        }
        // The dateline's country: its region ("BAGHDAD, Iraq") first, then its place, as
        // the place detector resolved them (PlaceDetector::add_dateline).
        dateline_ = dateline_part_country(doc_.dateline.region);
        if (dateline_.empty()) dateline_ = dateline_part_country(doc_.dateline.place);
        story_ = story_country();
        // A story filed from a place it never mentions again is about another country
        // ("THE HAGUE -- Milosevic ..."): the story's own country is the better guess.
        if (!dateline_.empty() && !story_.empty() && story_ != dateline_ && mentions(dateline_) == 0) dateline_.clear();
    }

    // A story is about a country when it is the only one named, or has at least two
    // mentions and twice as many as any other.
    static bool dominates(int best, int second) {
        return best > 0 && (second == 0 || (best >= 2 && best >= 2 * second));
    }

    // The country most mentioned, when it dominates: actors that name a country (with
    // or without a role) and places.
    std::string story_country() {
        std::vector<std::pair<std::string, int>>& counts = counts_;
        auto count = [&](const std::string& c) {
            if (!is_country(c)) return;
            for (auto& [k, n] : counts)
                if (k == c) {
                    ++n;
                    return;
                }
            counts.emplace_back(c, 1);
        };
        for (size_t a = 0; a < doc_.actors.size(); ++a) {
            const ActorMention& m = doc_.actors[a];
            if (m.kind == ActorKind::coded && !location_[a]) count(m.country);
        }
        for (const PlaceMention& p : doc_.places)
            if (!in_dateline(p) && !here_of_dateline(p)) count(p.country);
        int best = 0, second = 0;
        std::string country;
        for (const auto& [k, n] : counts) {
            if (n > best) {
                second = best;
                best = n;
                country = k;
            } else if (n > second) {
                second = n;
            }
        }
        if (doc_.explain && best > 0)
            doc_.explanation.push_back(
                join({"story country: most mentioned ", country, " (", std::to_string(best), ", next ",
                      std::to_string(second), ")", dominates(best, second) ? "" : ": does not dominate"}));
        return dominates(best, second) ? country : std::string();
    }

    Evidence infer(size_t a) const {
        const ActorMention& m = doc_.actors[a];
        Evidence e = in_phrase(m);
        if (e.decided) return e;
        e = apposition(m);
        if (e.decided) return e;
        e = of_phrase(m);
        if (e.decided) return e;
        if (const std::string place = place_country(m); !place.empty()) {
            e.decided = true;
            if (place != "*") {
                e.country = place;
                e.from = "place";
            }
            return e;
        }
        if (one_of(m.sector, kSentenceOnlySectors)) return e;
        if (!dateline_.empty()) return {dateline_, "dateline", true};
        if (!story_.empty()) return {story_, "story", true};
        return e;
    }

    // The one country of the places of the agent's sentence ("*" when several, "" when
    // none), leaving out places inside reported speech that does not hold the agent: "the
    // foreign secretary said the coup was a setback for democracy in Fiji" says nothing of
    // whose the foreign secretary is.
    std::string place_country(const ActorMention& m) const {
        if (m.sentence >= sentence_place_.size() || sentence_place_[m.sentence].empty()) return {};
        if (doc_.quotes.empty()) return sentence_place_[m.sentence];
        std::string c;
        for (const PlaceMention& p : doc_.places) {
            if (p.sentence != m.sentence || p.country.empty() || in_dateline(p)) continue;
            if (reported_apart(p.span, m.span)) continue;
            if (c.empty())
                c = p.country;
            else if (c != p.country)
                return "*";
        }
        return c;
    }
    // Whether `span` lies inside a quote (direct or reported) that does not hold `actor`.
    bool reported_apart(Span span, Span actor) const {
        for (const Quote& q : doc_.quotes)
            if (q.span.contains(span) && !q.span.contains(actor)) return true;
        return false;
    }

    // "The foreign minister, Jane Doe, said": a role followed by a named person in
    // apposition is that person's, whose dictionary code names the country.
    Evidence apposition(const ActorMention& m) const {
        const uint32_t t = m.tokens.last;
        const uint32_t end = m.sentence < doc_.sentences.size()
                                 ? std::min<uint32_t>(doc_.sentences[m.sentence].tokens.last, doc_.tokens.size())
                                 : 0;
        if (t + 1 < end && doc_.tokens[t].norm == "," && starting_[t + 1] >= 0) {
            const ActorMention& o = doc_.actors[starting_[t + 1]];
            const uint32_t after = o.tokens.last;
            if (o.kind == ActorKind::coded && o.code.size() > 3 && is_country(o.country) &&
                (after >= end || doc_.tokens[after].norm == ","))
                return {o.country, "apposition", true};
        }
        return {};
    }

    // Rules 1 and 2: the words just before the agent. "Iraqi riot police" (adjective),
    // "Kenya's police" (possessive), "the country's Congress", "its army" (previous).
    Evidence in_phrase(const ActorMention& m) const {
        if (m.sentence >= doc_.sentences.size()) return {};
        const uint32_t first = doc_.sentences[m.sentence].tokens.first;
        uint32_t t = m.tokens.first;
        for (int modifiers = 0; t > first; --t) {
            const Token& tok = doc_.tokens[t - 1];
            if (tok.norm == kPronoun) return previous_country(m, Referent::nearest);
            if (one_of(tok.norm, kPersonalPronouns)) return previous_country(m, Referent::person);
            if (tok.norm == kPossessive && t - 1 > first) {
                const int32_t owner = ending_[t - 2];
                if (owner >= 0) {
                    const ActorMention& o = doc_.actors[owner];
                    return is_country(o.country) ? Evidence{o.country, "possessive", true} : Evidence{};
                }
                if (one_of(doc_.tokens[t - 2].norm, kCountryNouns)) return previous_country(m, Referent::any);
                return {};
            }
            const int32_t before = ending_[t - 1];
            if (before >= 0) {
                const ActorMention& o = doc_.actors[before];
                return is_country(o.country) ? Evidence{o.country, "adjective", true} : Evidence{};
            }
            const bool modifier =
                tok.kind == TokenKind::word && (tok.pos == PartOfSpeech::adjective || tok.pos == PartOfSpeech::noun);
            if (!modifier || ++modifiers > kMaxModifiers) return {};
        }
        return {};
    }

    // Rule 1 after the agent: "officials from both the Iraqi military and the Iranian
    // army" (the actor stage composes the plain "officials of Iraq"). The countries of
    // the listed actors; several different ones give none.
    Evidence of_phrase(const ActorMention& m) const {
        if (m.sentence >= doc_.sentences.size()) return {};
        const uint32_t end = std::min<uint32_t>(doc_.sentences[m.sentence].tokens.last, doc_.tokens.size());
        uint32_t t = m.tokens.last;
        if (t >= end || !one_of(doc_.tokens[t].norm, kOwnerPrepositions)) return {};
        std::string country;
        bool several = false, any = false;
        for (++t; t < end;) {
            for (int k = 0; k < 2 && t < end && one_of(doc_.tokens[t].norm, kListWords); ++k) ++t;
            const int32_t a = t < end ? starting_[t] : -1;
            if (a < 0) break;
            const ActorMention& o = doc_.actors[a];
            any = true;
            if (!is_country(o.country))
                several = true;
            else if (country.empty())
                country = o.country;
            else if (country != o.country)
                several = true;
            t = o.tokens.last;
            if (t >= end || (doc_.tokens[t].norm != "and" && doc_.tokens[t].norm != ",")) break;
            ++t;
        }
        if (!any) return {};
        if (several || country.empty()) return {std::string(), nullptr, true};
        return {country, "adjective", true};
    }

    // What a word that refers back may refer to: "its" the nearest named actor or
    // place, which must have a country ("its army" after "Sri Lanka" or "the army" is
    // Sri Lanka's, after "the UN" the UN's: none); "his"/"her" the nearest person or role
    // with a country ("Pakistan's ambassador"); "the country's" the nearest mention with
    // a country of any kind ("Iraqi officials", "in Basra").
    enum class Referent { nearest, person, any };

    // The country of the nearest fitting mention before `m`, in its sentence or the two before.
    Evidence previous_country(const ActorMention& m, Referent wanted) const {
        const uint32_t from_sentence = m.sentence > kPreviousSentences ? m.sentence - kPreviousSentences : 0;
        uint32_t best_end = 0;
        std::string country;
        bool found = false;
        // `role`: an actor with a role, or a person.
        auto consider = [&](uint32_t end, uint32_t sentence, const std::string& c, bool role) {
            if (end > m.tokens.first || sentence < from_sentence || (found && end <= best_end)) return;
            const bool usable = is_country(c);
            if (wanted != Referent::nearest && (!usable || (wanted == Referent::person && !role)))
                return;  // skip to a fitting one
            best_end = end;
            found = true;
            country = usable ? c : std::string();
        };
        for (size_t a = 0; a < doc_.actors.size(); ++a) {
            const ActorMention& o = doc_.actors[a];
            if (o.tokens.first >= m.tokens.first) break;
            if (o.code.empty() || (o.kind != ActorKind::coded && !location_[a])) continue;
            consider(o.tokens.last, o.sentence, o.country, !location_[a] && o.code.size() > 3);
        }
        for (const PlaceMention& p : doc_.places) {
            if (p.tokens.first >= m.tokens.first) break;
            consider(p.tokens.last, p.sentence, p.country, false);
        }
        if (country.empty()) return {std::string(), nullptr, true};
        return {country, "previous", true};
    }

    const ActorCountryResources& res_;
    Document& doc_;
    std::vector<bool> location_;
    std::vector<int32_t> ending_, starting_;  // coded mention ending / starting at each token
    std::vector<std::string> sentence_place_;
    std::string dateline_, story_;
    std::vector<std::pair<std::string, int>> counts_;  // mentions of each country

    int mentions(std::string_view country) const {
        for (const auto& [k, n] : counts_)
            if (k == country) return n;
        return 0;
    }
};

}  // namespace

void ActorCountryStage::run(Document& doc) const {
    if (doc.actors.empty()) return;
    DocumentCoder(res_, doc).run();
}

}  // namespace sitrep
