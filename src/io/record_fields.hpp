// The fields sitrep reads from one JSON Lines record, and a fast parser for
// the common case (a flat object of strings, numbers, booleans and nulls).
// Anything it does not handle (nesting, odd escapes, malformed JSON) is left
// to nlohmann-json, which also gives the error messages.
#pragma once
#include <string>
#include <string_view>

namespace sitrep::io {

struct RecordField {
    enum class Type { absent, null, string, integer, other };
    Type type = Type::absent;
    std::string value;           // the decoded string, or the integer's digits
    const char* type_name = "";  // JSON type name when `other` ("number", "boolean", ...)
};

struct RecordFields {
    RecordField id, date, url, source, title, text;
    RecordField* find(std::string_view key);
};

// Fills `out` from a flat JSON object; false when the line needs the full
// parser (it may still be valid JSON). `out` is then unspecified.
bool parse_flat_record(std::string_view line, RecordFields& out);

// The full parser: fills `out` from any JSON text; false with `error` set when
// it is not valid JSON or not an object.
bool parse_record_json(std::string_view line, RecordFields& out, std::string& error);

}  // namespace sitrep::io
