// Reads the PETRARCH / TABARI functional validation records
// (../shared/validation/*/records-dev.xml). The files are not well-formed XML
// (a header comment that never closes swallows the first record's start tag,
// attributes are written `date = "..."`, tags sit inside comments), so this is
// a small tolerant scanner, not an XML parser:
//
//   <Sentence id=.. date=YYYYMMDD category=.. [evaluate=true|false]>  a record
//   <EventCoding sourcecode=.. targetcode=.. eventcode=.. />          an expected event
//   <EventCoding noevents="True"/>                                    expects none
//   <EventCoding error="sentencediscard"/>                            expects none (discarded)
//   <Text> ... </Text>                                                the sentence
//   <Parse> ... </Parse>                                              ignored (sitrep parses itself)
//   <Environment><Verbfile>F</Verbfile>...                            the suite's dictionaries
//
// Comments `<!-- -->` are skipped, except that a comment reaching a
// `<Sentence` start tag before its `-->` is taken to end there: its author
// forgot to close it, and the record after it is real.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"

namespace sitrep {

// One (source, target, code) triple as the suites write it. Conventions:
//   "---"       no actor in that role (a null target, coded when require_dyad is off)
//   "---GOV"    an agent with no country to attach to
//   "\"NAME\""  an actor the dictionaries do not know, by its words in capitals
//   "###" "+++" PETRARCH discard / null markers, compared as written
struct EventTriple {
    std::string source, target, code;
    friend auto operator<=>(const EventTriple&, const EventTriple&) = default;
    std::string to_string() const { return source + " " + target + " " + code; }
};

struct ValidationRecord {
    std::string id;
    std::string category;
    std::string date_text;     // as written, "19950101"
    std::optional<Date> date;  // the story date the record is coded with
    bool evaluate = true;      // false: the suite marks it as not to be scored
    bool no_events = false;    // noevents="True" or an error="..." coding
    std::string error;         // the error="..." value, e.g. "sentencediscard"
    std::vector<EventTriple> expected;
    std::string text;   // whitespace collapsed, entities decoded
    uint64_t line = 0;  // line of the <Sentence> tag
};

struct ValidationSuite {
    std::vector<ValidationRecord> records;
    // Dictionary file names from <Environment> (Verbfile, Actorfile, Agentfile,
    // Discardfile), as written: relative to the suite's directory.
    std::vector<std::string> environment_files;
};

// Problems (a record without <Text>, a bad date) become diagnostics naming
// file:line; the record is still returned when it has text.
ValidationSuite read_validation_suite(std::string_view xml, const std::string& file, Diagnostics& diagnostics);

// Decodes &amp; &lt; &gt; &quot; &apos; and numeric references.
std::string decode_xml_entities(std::string_view s);

}  // namespace sitrep
