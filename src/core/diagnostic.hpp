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
    bad_record,        // a record that cannot be read (bad JSON, no "text", too long ...)
    unreadable_input,  // an input path that cannot be read at all
    truncated_input,   // a damaged compressed stream: the rest of the file is lost
    empty_input,       // a file with no record
    empty_text,        // a record whose text is blank
    duplicate_id,      // a record id used before
    text_too_long,     // a text over 4 GiB
    // Dictionaries and data files
    cannot_open,      // a dictionary path that cannot be opened
    is_directory,     // a dictionary path that is a directory
    too_large,        // a dictionary file over the size limit
    unknown_format,   // a file of no recognised dictionary format
    missing_header,   // no "#! sitrep KIND 1" first line
    bad_line,         // a line that does not parse
    unknown_code,     // a CAMEO event code the CAMEO table lacks
    duplicate_entry,  // an entry listed twice (the later wins)
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
