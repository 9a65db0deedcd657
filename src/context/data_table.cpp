#include "context/data_table.hpp"

#include "core/text_lines.hpp"

namespace sitrep {

std::vector<std::string> split_list(std::string_view s, char separator) {
    std::vector<std::string> out;
    while (true) {
        const size_t cut = s.find(separator);
        const std::string_view part = trim(s.substr(0, cut));
        if (!part.empty()) out.emplace_back(part);
        if (cut == std::string_view::npos) break;
        s.remove_prefix(cut + 1);
    }
    return out;
}

std::string cite(std::string_view path, uint64_t line) {
    return origin_of(path, line);
}

void report(Diagnostics& diagnostics, std::string_view path, uint64_t line, std::string message) {
    diagnostics.push_back(
        Diagnostic{Severity::error, std::string(path), line, std::move(message), DiagnosticCode::bad_line});
}

std::vector<TableRow> read_table(std::string_view content, std::string_view path, size_t min_fields, size_t max_fields,
                                 Diagnostics& diagnostics) {
    std::vector<TableRow> rows;
    for_each_line(content, [&](uint64_t line_no, std::string_view line) {
        line = trim(line);
        if (line.empty() || line.front() == '#') return;
        TableRow row{line_no, {}};
        // Keep empty fields here: position matters ("name | | kind").
        while (true) {
            const size_t cut = line.find('|');
            row.fields.emplace_back(trim(line.substr(0, cut)));
            if (cut == std::string_view::npos) break;
            line.remove_prefix(cut + 1);
        }
        if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
            report(diagnostics, path, line_no,
                   "expected " + std::to_string(min_fields) +
                       (min_fields == max_fields ? "" : ".." + std::to_string(max_fields)) +
                       " fields separated by '|', found " + std::to_string(row.fields.size()));
            return;
        }
        rows.push_back(std::move(row));
    });
    return rows;
}

}  // namespace sitrep
