// Public header: writers for coded records. Every output format io knows
// (sitrep.event/1 JSON Lines, flattened CSV, GDELT 2.0 TSV, ...) is an
// EventSink writing to a stream, looked up by name.
#pragma once
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "io/event_writer.hpp"
#include "sitrep/record.hpp"

namespace sitrep {

using io::WriterOptions;
// One CSV field, quoted when it holds a comma, quote or line break.
using io::csv_field;

// The format names ("jsonl", "csv", "tsv", ...), in the order --help lists them.
inline const std::vector<std::string>& output_formats() {
    return io::output_format_names();
}

// "jsonl (sitrep.event/1), csv, or tsv (GDELT 2.0 columns)", for help texts.
inline std::string output_formats_help() {
    return io::output_formats_help();
}

// Whether `name` names an output format (aliases included: "json", "gdelt").
inline bool is_output_format(std::string_view name) {
    return io::parse_output_format(name).has_value();
}

// A writer for format `name` on `out`; nullptr when no format has that name.
inline std::unique_ptr<EventSink> make_writer(std::string_view name, std::ostream& out,
                                              const WriterOptions& options = {}) {
    return io::make_event_writer(name, out, options);
}

}  // namespace sitrep
