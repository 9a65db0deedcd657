// The one document type every stage reads and annotates. Text is kept once,
// as UTF-8; every layer refers to it by byte-offset spans (STYLE.md point 1).
// Stages append their own layer and never re-tokenise or copy the text.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/source_ref.hpp"
#include "core/span.hpp"

namespace sitrep {

struct DocumentMetadata {
    std::string id;
    std::optional<Date> story_date;
    std::string url;
    std::string outlet;  // the JSONL "source" field: the publishing outlet
    std::string title;
};

enum class TokenKind : uint8_t { word, number, punctuation, symbol };

// Coarse part of speech, filled by the syntax stage (unknown before it runs).
enum class PartOfSpeech : uint8_t {
    unknown,
    noun,
    proper_noun,
    pronoun,
    verb,
    auxiliary,
    modal,
    adjective,
    adverb,
    determiner,
    preposition,
    conjunction,
    subordinator,
    particle,
    number,
    punctuation,
    other
};

struct Token {
    Span span;
    std::string norm;  // case-folded, quotes/apostrophes/dashes unified, "U.S." -> "us"
    TokenKind kind = TokenKind::word;
    PartOfSpeech pos = PartOfSpeech::unknown;
    uint32_t sentence = 0;      // index into Document::sentences
    bool space_before = false;  // whitespace precedes it in the text
    bool capitalized = false;   // first letter is upper case in the text
};

struct Sentence {
    Span span;
    TokenRange tokens;
};

enum class ActorKind : uint8_t {
    coded,    // a dictionary entry (country, organisation, person, group)
    agent,    // a sector word ("troops", "officials") not yet tied to a country
    uncoded,  // a capitalised name with no dictionary entry, kept with its text
};

// One actor mention: "Iraqi Prime Minister Mohammad Shia al-Sudani" -> IRQGOV.
struct ActorMention {
    Span span;
    TokenRange tokens;
    uint32_t sentence = 0;
    ActorKind kind = ActorKind::coded;
    std::string code;              // full CAMEO actor code, e.g. "IRQGOV" ("" when uncoded)
    std::string country;           // first three letters when a country/IGO prefix, e.g. "IRQ"
    std::string sector;            // role part, e.g. "GOV", "MIL" ("" for a bare country)
    std::vector<SourceRef> rules;  // the dictionary lines behind the code (Document::rule_text)
    // An agent's role goes before the country ("NGO~": "Iraqi aid groups" -> NGOIRQ).
    bool sector_first = false;
    // Where the country of an agent came from when the words of the mention name none
    // (actor_country_stage.hpp): "adjective", "possessive", "previous", "place",
    // "dateline" or "story"; "pronoun" for a pronoun that took the whole code of the
    // actor it refers to (pronoun_actors.hpp); empty when the mention names its country itself.
    std::string country_from;
};

// Syntax layer: noun-phrase / verb-group / prepositional chunks and clauses.
enum class ChunkKind : uint8_t { noun_phrase, verb_group, prepositional, other };
struct Chunk {
    TokenRange tokens;
    ChunkKind kind = ChunkKind::other;
    uint32_t head = 0;  // token index of the head word
    uint32_t clause = 0;
};
struct Clause {
    TokenRange tokens;
    uint32_t sentence = 0;
    int32_t parent = -1;  // enclosing clause index, -1 for a main clause
};

enum class DatePrecision : uint8_t { day, month, year, story };
struct DateMention {
    Span span;
    TokenRange tokens;
    uint32_t sentence = 0;
    Date date;  // first day of the month/year when less precise than a day
    DatePrecision precision = DatePrecision::day;
    std::string rule;
    // A limit of a period ("since 2012", "until March"): when something began or
    // ends, not when an event happened, so it never dates an event.
    bool bound = false;
    // The token of "after", "following" or "before" opening the noun phrase the date is part
    // of ("raids following rebel attacks a day earlier"): the date belongs to that phrase's
    // event, not to a verb outside it. -1 when the date stands on its own.
    int32_t adjunct = -1;
};

struct PlaceMention {
    Span span;
    TokenRange tokens;
    uint32_t sentence = 0;
    std::string name;     // resolved gazetteer name, e.g. "Baghdad"
    std::string country;  // ISO 3166 alpha-3
    double lat = 0, lon = 0;
    std::string precision;  // "city", "landmark", "admin1", "country"
    std::string rule;
};

enum class QuantityKind : uint8_t { killed, injured, arrested, troops, displaced, other };
struct Quantity {
    Span span;
    TokenRange tokens;
    uint32_t sentence = 0;
    QuantityKind kind = QuantityKind::other;
    double value = 0;
    double value_max = 0;       // == value unless a range ("dozens", "50 to 60")
    bool approximate = false;   // "about", "at least", "dozens"
    std::string actor_code;     // who the number is of, e.g. "USA" for "2,500 U.S. troops"
    std::string place_country;  // where the counted are, ISO3: "IRQ" for "... are deployed in Iraq"
    std::string rule;
};

struct Quote {
    Span span;          // the quoted or reported words
    Span speaker_span;  // empty when no speaker was found
    uint32_t sentence = 0;
    std::string speaker_code;
    bool direct = true;  // inside quotation marks, vs. "said that ..."
};

enum class Modality : uint8_t { asserted, future, hypothetical, conditional };

struct EventActor {
    std::string text;
    std::string code;
    std::string country;
    std::string sector;
    Span span;
    std::string country_from{};  // ActorMention::country_from: how the country was inferred
};

struct EventPlace {
    std::string text, name, country, precision;
    double lat = 0, lon = 0;
    Span span;
    // Where the place came from when the event's own sentence names none: "dateline" (the
    // story was filed there) or "parties" (both sides are of one country, so the event
    // happened in it; no text, empty span). Empty when the sentence names it.
    std::string from{};
};

// One number behind an event's counts, with the words and rule it came from.
struct EventCountSource {
    QuantityKind kind = QuantityKind::other;
    double value = 0, value_max = 0;
    bool approximate = false;
    std::string text;  // "about 2,500 U.S. troops"
    Span span;
    std::string of;  // whose number: actor code ("USA"), "" when not named
    std::string in;  // where the counted are: ISO3 ("IRQ"), "" when not named
    std::string rule;
};

struct EventCounts {
    std::optional<double> killed, injured, arrested, troops, displaced;
    bool approximate = false;
    std::vector<EventCountSource> sources;  // one per count above
};

struct Attribution {
    std::string text;
    std::string code;
    Span span;
};

// Where one event was reported; several after duplicates are merged.
struct EventMentionRef {
    std::string doc;
    uint32_t sentence = 0;
    Span span;
};

struct Event {
    uint32_t sentence = 0;
    Date date;
    DatePrecision date_precision = DatePrecision::story;
    std::optional<Span> date_span;
    // How a date no expression gave was inferred: "print-edition" (a morning paper's story,
    // dated the day before its print date). Empty otherwise.
    std::string date_from{};
    std::optional<EventActor> source, target;
    std::string cameo;      // "040"
    std::string root;       // "04"
    std::string verb_text;  // the words that carry the event
    Span verb_span;
    SourceRef rule_ref;  // the dictionary line of the pattern (or verb) that fired
    // rule_ref as "file:line": made once by Engine::code for every front end, or read
    // back from a record.
    std::string rule;
    double goldstein = 0;
    int quad = 0;
    std::string plover;
    bool negated = false;
    Modality modality = Modality::asserted;
    std::optional<EventPlace> place;
    EventCounts counts;
    std::optional<Attribution> attribution;
    double confidence = 0;
    std::vector<EventMentionRef> mentions;  // filled when duplicates are merged
};

// The dateline opening a wire story ("BAGHDAD, Iraq (AP) --"): where it was filed.
// Empty spans when the story has none; `place` is empty for an agency alone ("(CNN)").
struct Dateline {
    Span span;    // the whole dateline, separator included
    Span place;   // "BAGHDAD"
    Span region;  // "Iraq"

    // Whether `s` begins inside the dateline (its words name no actor and say no
    // more than where the story was filed).
    bool holds(Span s) const { return !span.empty() && s.begin < span.end; }
};

struct Document {
    std::string text;  // valid UTF-8 (readers repair invalid bytes to U+FFFD)
    DocumentMetadata meta;

    Dateline dateline;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<ActorMention> actors;
    std::vector<Chunk> chunks;
    std::vector<Clause> clauses;
    std::vector<DateMention> dates;
    std::vector<PlaceMention> places;
    std::vector<Quantity> quantities;
    std::vector<Quote> quotes;
    std::vector<Event> events;

    Diagnostics diagnostics;  // problems found while reading or coding this document

    // The file table of the engine that coded this document (Engine::code sets it):
    // what the SourceRefs of its layers point into. Null before coding.
    std::shared_ptr<const SourceTable> sources;
    // A rule as "file:line", or "file:line; file:line" for several, for output.
    std::string rule_text(SourceRef ref) const;
    std::string rule_text(const std::vector<SourceRef>& refs) const;

    // When set, stages append human-readable reasoning for `--explain`.
    bool explain = false;
    std::vector<std::string> explanation;

    std::string_view view(Span s) const { return s.in(text); }
    std::string_view view(TokenRange r) const {
        if (r.empty() || r.last > tokens.size()) return {};
        return Span{tokens[r.first].span.begin, tokens[r.last - 1].span.end}.in(text);
    }
};

const char* to_string(DatePrecision p);
const char* to_string(Modality m);
const char* to_string(QuantityKind k);
std::optional<QuantityKind> quantity_kind_from(std::string_view name);  // inverse of to_string

}  // namespace sitrep
