// Output formats for coded events: sitrep.event/1 JSON Lines, CSV with
// flattened columns (RFC 4180 quoting), and TSV in the GDELT 2.0 event-table
// column order. Each writer is an EventSink writing to a stream. One file per
// format (format_*.cpp), listed in the registry (output_formats.hpp/.cpp);
// the flat formats are column tables (flat_columns.hpp).
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "io/event_record.hpp"

namespace sitrep::io {

enum class OutputFormat { jsonl, csv, tsv };

// "jsonl" / "csv" / "tsv" (and the aliases "json", "gdelt"); nullopt when unknown.
std::optional<OutputFormat> parse_output_format(std::string_view name);

struct WriterOptions {
    bool header = true;  // column-name row for CSV and TSV
    // GDELT DATEADDED (YYYYMMDDhhmmss, UTC); empty means the current time.
    std::string date_added;
};

std::unique_ptr<EventSink> make_event_writer(OutputFormat format, std::ostream& out, const WriterOptions& options = {});
// The writer for format `name` (parse_output_format); nullptr when unknown.
std::unique_ptr<EventSink> make_event_writer(std::string_view name, std::ostream& out,
                                             const WriterOptions& options = {});
// The names --format offers, in the order --help lists them.
const std::vector<std::string>& output_format_names();
// "jsonl (sitrep.event/1), csv, or tsv (GDELT 2.0 columns)": the formats for --help.
std::string output_formats_help();

// The 61 GDELT 2.0 event-table columns, in order.
const std::array<std::string_view, 61>& gdelt_columns();
// The flattened CSV columns, in order.
const std::vector<std::string_view>& csv_columns();

// RFC 4180: quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view value);

}  // namespace sitrep::io
