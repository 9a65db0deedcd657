// Parser and lookups for PETRARCH-2's internal coding ontology table.
#include "events/cameo_internal_codes.hpp"

#include <cctype>

namespace sitrep {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// Hex codes compare case-insensitively: "0x207a" == "0x207A".
std::string canonical_hex(std::string_view hex) {
    std::string out(trim(hex));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_hex_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

}  // namespace

bool is_internal_hex_code(std::string_view code) {
    return code.size() > 2 && code[0] == '0' && (code[1] == 'x' || code[1] == 'X') &&
           is_hex_digits(code.substr(2));
}

InternalCodeOntology InternalCodeOntology::parse(std::string_view text, const std::string& file,
                                                 Diagnostics& diagnostics) {
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
                                   "expected 'CAMEO:0xHEX', found '" + std::string(line) + "'"});
            continue;
        }
        const std::string cameo(trim(line.substr(0, colon)));
        std::string_view internal = trim(line.substr(colon + 1));
        // "0x1000-0xFFFF": the part after '-' is a mask PETRARCH uses when
        // comparing codes; the code itself is the first number.
        const std::string_view first = trim(internal.substr(0, internal.find('-')));
        if (cameo == "---") continue;  // the null code maps to nothing
        if (cameo.empty() || !is_internal_hex_code(first)) {
            diagnostics.push_back({Severity::error, file, line_no,
                                   "bad internal code line '" + std::string(line) + "'"});
            continue;
        }
        table.to_internal_.emplace(cameo, std::string(internal));
        table.to_cameo_.emplace(canonical_hex(first), cameo);
        if (eol == text.size()) break;
    }
    return table;
}

std::optional<std::string> InternalCodeOntology::to_cameo(std::string_view hex) const {
    auto it = to_cameo_.find(canonical_hex(hex));
    if (it == to_cameo_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> InternalCodeOntology::to_internal(std::string_view cameo) const {
    auto it = to_internal_.find(std::string(trim(cameo)));
    if (it == to_internal_.end()) return std::nullopt;
    return it->second;
}

}  // namespace sitrep
