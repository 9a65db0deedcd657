// Errors and warnings about user input, as values with a location, so a batch
// can report them and go on (STYLE.md: errors are values at the edges).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sitrep {

enum class Severity { warning, error };

// What went wrong, for programs and tests (the message is for people and may be
// reworded; the code is not). `unspecified` for diagnostics not yet given one.
enum class DiagnosticCode : uint8_t {
    unspecified,
    // Input records (io::RecordReader)
    invalid_utf8,      // bytes that are not UTF-8, replaced with U+FFFD
    bad_record,        // a record that cannot be read (no "text", a bad field ...)
    bad_json,          // a JSON Lines record that is not a JSON object
    line_too_long,     // a record line over the reader's size limit
    unreadable_input,  // an input path that cannot be read at all
    truncated_input,   // a damaged compressed stream: the rest of the file is lost
    empty_input,       // a file with no record
    empty_text,        // a record whose text is blank
    duplicate_id,      // a record id used before
    text_too_long,     // a text over 4 GiB
    bad_story_date,    // a story date that is no date
    // Dictionaries and data files
    cannot_open,          // a dictionary path that cannot be opened
    is_directory,         // a dictionary path that is a directory
    too_large,            // a dictionary file or plain-text document over the size limit
    unknown_format,       // a file of no recognised dictionary format
    unknown_kind,         // a "#! sitrep KIND 1" line naming no kind sitrep has
    unsupported_version,  // a "#! sitrep KIND N" line of a version sitrep cannot read
    missing_header,       // no "#! sitrep KIND 1" first line
    bad_line,             // a line that does not parse
    bad_pattern,          // a verb pattern that cannot be read or used
    bad_event_code,       // an event code that is not one ("04x")
    unknown_code,         // a CAMEO event code the CAMEO table lacks
    bad_actor_code,       // an actor code not made of three-letter groups
    missing_code,         // an entry without a code
    bad_date,             // a date of a dated code that is no date, or an empty range
    duplicate_entry,      // an entry listed twice (the later wins)
    empty_group,          // a word group or substitution set with no members
    unknown_group,        // a word group or substitution set used but not defined
    group_cycle,          // a word group that contains itself
    group_too_deep,       // word groups nested past the limit
    too_many_phrases,     // word groups or substitution sets expanding past the limit
    missing_data,         // a built-in data set that is missing (a word list, the tagger's model)
    // Coding
    sentence_too_long,  // a sentence cut into pieces of at most 200 tokens
    undated_codes,      // no story date: date-bounded actor codes read as of their latest period
    // The engine
    stage_order,  // a stage reads a layer no earlier stage writes
};

const char* to_string(DiagnosticCode code);

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;   // path, "<stdin>", or a record id
    uint64_t line = 0;  // 1-based; 0 when not line-oriented
    std::string message;
    DiagnosticCode code = DiagnosticCode::unspecified;

    // "file:line: error: message" (line omitted when 0).
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace sitrep
