// Reader and lookups of the native CAMEO event table.
#include "events/cameo_table.hpp"

#include <cctype>
#include <cstdlib>

#include "events/verb_text.hpp"

namespace sitrep {
namespace {

using verbtext::trim;

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

std::optional<double> parse_number(std::string_view s) {
    // std::from_chars for double is not in every standard library we build with.
    std::string copy(s);
    if (copy.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size()) return std::nullopt;
    return v;
}

}  // namespace

CameoTable CameoTable::parse(const SourceFile& source, Diagnostics& diagnostics) {
    const std::string file(source.path);
    const std::string_view text = source.content;
    CameoTable table;
    bool tagged = false;
    verbtext::for_each_line(text, [&](uint64_t line_no, std::string_view raw) {
        auto fail = [&](std::string message, DiagnosticCode code = DiagnosticCode::bad_line) {
            diagnostics.push_back({Severity::error, file, line_no, std::move(message), code});
        };
        if (line_no == 1 && raw.starts_with("#!")) {
            tagged = true;
            const std::string_view tag = trim(raw.substr(2));
            if (!tag.starts_with("sitrep cameo"))
                fail("expected '#! sitrep cameo 1', found '" + std::string(raw) + "'");
            return;
        }
        std::string_view line = raw.substr(0, raw.find('#'));
        line = trim(line);
        if (line.empty()) return;
        std::vector<std::string_view> fields;
        size_t start = 0;
        while (true) {
            const size_t bar = line.find('|', start);
            fields.push_back(trim(line.substr(start, bar - start)));
            if (bar == std::string_view::npos) break;
            start = bar + 1;
        }
        if (fields.size() != 6)
            return fail("expected 6 fields 'code | root | goldstein | quad | plover | name', found " +
                        std::to_string(fields.size()));
        CameoEventInfo info;
        info.code = std::string(fields[0]);
        info.root = std::string(fields[1]);
        if (!all_digits(info.code) || info.code.size() < 2 || info.code.size() > 4)
            return fail("bad event code '" + info.code + "' (2 to 4 digits)", DiagnosticCode::bad_event_code);
        if (!all_digits(info.root) || info.root.size() != 2 || !info.code.starts_with(info.root))
            return fail("root '" + info.root + "' is not the first two digits of " + info.code);
        auto goldstein = parse_number(fields[2]);
        if (!goldstein || *goldstein < -10 || *goldstein > 10)
            return fail("bad Goldstein weight '" + std::string(fields[2]) + "' (-10 to 10)");
        info.goldstein = *goldstein;
        if (fields[3].size() != 1 || fields[3][0] < '1' || fields[3][0] > '4')
            return fail("bad quad class '" + std::string(fields[3]) + "' (1 to 4)");
        info.quad = fields[3][0] - '0';
        info.plover = std::string(fields[4]);
        info.name = std::string(fields[5]);
        info.origin = source.at(line_no);
        if (table.by_code_.count(info.code))
            diagnostics.push_back({Severity::warning, file, line_no,
                                   "code " + info.code + " listed twice; the later line wins",
                                   DiagnosticCode::duplicate_entry});
        else
            table.order_.push_back(info.code);
        table.by_code_[info.code] = std::move(info);
    });
    if (!tagged && !text.empty())
        diagnostics.push_back(
            {Severity::warning, file, 1, "missing '#! sitrep cameo 1' first line", DiagnosticCode::missing_header});
    return table;
}

void CameoTable::merge(const CameoTable& other) {
    for (const auto& code : other.order_) {
        if (!by_code_.count(code)) order_.push_back(code);
        by_code_[code] = other.by_code_.at(code);
    }
}

const CameoEventInfo* CameoTable::find(std::string_view code) const {
    auto it = by_code_.find(std::string(code));
    return it == by_code_.end() ? nullptr : &it->second;
}

const CameoEventInfo* CameoTable::lookup(std::string_view code) const {
    std::string key(trim(code));
    while (key.size() >= 2) {
        if (const CameoEventInfo* info = find(key)) return info;
        key.pop_back();
    }
    return nullptr;
}

}  // namespace sitrep
