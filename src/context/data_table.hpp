// Reads the pipe-separated text tables under data/dates, data/places and
// data/context: one record a line, "#" comments, fields trimmed. Malformed
// lines become diagnostics naming file:line and the batch goes on.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace sitrep {

struct TableRow {
    uint64_t line = 0;  // 1-based line number in its file
    std::vector<std::string> fields;
};

// Rows with fewer than `min_fields` or more than `max_fields` fields are
// reported as errors in `diagnostics` and skipped.
std::vector<TableRow> read_table(std::string_view content, std::string_view path, size_t min_fields, size_t max_fields,
                                 Diagnostics& diagnostics);

// Splits on `separator` and trims; empty parts are dropped.
std::vector<std::string> split_list(std::string_view s, char separator);

// "file:line" for a rule citation.
std::string cite(std::string_view path, uint64_t line);

void report(Diagnostics& diagnostics, std::string_view path, uint64_t line, std::string message);

}  // namespace sitrep
