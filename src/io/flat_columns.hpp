// Flat output formats (CSV, GDELT TSV) as column tables: each column is a
// {name, getter} pair, so the header row and every data row come from the
// same list and cannot drift apart. Adding a column is one line.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "io/event_record.hpp"

namespace sitrep::io {

// What a getter sees: the record and the writer's per-row state.
struct FlatRow {
    const EventRecord& record;
    uint64_t event_id = 0;        // 1, 2, ... in output order (GDELT GlobalEventID)
    std::string_view date_added;  // GDELT DATEADDED
};

struct Column {
    std::string_view name;
    std::string (*get)(const FlatRow& row);
};

// Shared field formatting.
std::string flat_number(double v);                        // %.10g
std::string flat_number(const std::optional<double>& v);  // "" when absent
// Control characters (C0, DEL, C1, U+2028/U+2029) become spaces, byte for byte.
std::string without_controls(std::string_view v);

// The column tables of the flat formats, in output order.
std::span<const Column> csv_column_table();
std::span<const Column> gdelt_column_table();

}  // namespace sitrep::io
