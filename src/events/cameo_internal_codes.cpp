// Parser and lookups for PETRARCH-2's internal coding ontology table.
#include "events/cameo_internal_codes.hpp"

#include <cctype>

#include "core/text_lines.hpp"

namespace sitrep {
namespace {

bool is_hex_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

}  // namespace

std::optional<int64_t> internal_code_value(std::string_view expression) {
    std::string_view s = trim(expression);
    if (s.empty()) return std::nullopt;
    int64_t total = 0;
    while (!s.empty()) {
        int sign = 1;
        if (s.front() == '+' || s.front() == '-') {
            sign = s.front() == '-' ? -1 : 1;
            s.remove_prefix(1);
        }
        if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) return std::nullopt;
        s.remove_prefix(2);
        size_t n = 0;
        while (n < s.size() && std::isxdigit(static_cast<unsigned char>(s[n]))) ++n;
        if (n == 0 || n > 8 || !is_hex_digits(s.substr(0, n))) return std::nullopt;
        total += sign * static_cast<int64_t>(std::stoll(std::string(s.substr(0, n)), nullptr, 16));
        s.remove_prefix(n);
        if (!s.empty() && s.front() != '+' && s.front() != '-') return std::nullopt;
    }
    return total;
}

bool is_internal_hex_code(std::string_view code) {
    code = trim(code);
    return code.size() > 2 && code.find("0x") != std::string_view::npos && internal_code_value(code).has_value();
}

InternalCodeOntology InternalCodeOntology::parse(const SourceFile& source, Diagnostics& diagnostics) {
    const std::string file(source.path);
    const std::string_view text = source.content;
    InternalCodeOntology table;
    uint64_t line_no = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
        line = trim(line);
        if (line.empty()) {
            if (eol == text.size()) break;
            continue;
        }
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            diagnostics.push_back({Severity::error, file, line_no,
                                   "expected 'CAMEO:0xHEX', found '" + std::string(line) + "'",
                                   DiagnosticCode::bad_line});
            continue;
        }
        const std::string cameo(trim(line.substr(0, colon)));
        std::string_view internal = trim(line.substr(colon + 1));
        if (cameo == "---") continue;  // the null code maps to nothing
        const auto value = internal_code_value(internal);
        if (cameo.empty() || !value) {
            diagnostics.push_back({Severity::error, file, line_no, "bad internal code line '" + std::string(line) + "'",
                                   DiagnosticCode::bad_line});
            continue;
        }
        table.to_internal_.emplace(cameo, std::string(internal));
        table.to_cameo_.emplace(*value, cameo);
        if (eol == text.size()) break;
    }
    return table;
}

std::optional<std::string> InternalCodeOntology::to_cameo(std::string_view hex) const {
    const auto value = internal_code_value(hex);
    if (!value) return std::nullopt;
    return cameo_of_value(*value);
}

std::optional<std::string> InternalCodeOntology::cameo_of_value(int64_t value) const {
    auto it = to_cameo_.find(value);
    if (it == to_cameo_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> InternalCodeOntology::to_internal(std::string_view cameo) const {
    auto it = to_internal_.find(std::string(trim(cameo)));
    if (it == to_internal_.end()) return std::nullopt;
    return it->second;
}

}  // namespace sitrep
