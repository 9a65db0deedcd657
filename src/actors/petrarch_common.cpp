#include "actors/petrarch_common.hpp"

#include <algorithm>

#include "actors/dictionary_text.hpp"

namespace sitrep {

std::string PetrarchCommentFilter::strip(std::string_view line) {
    std::string out;
    while (!line.empty()) {
        if (in_block_) {
            const size_t end = line.find("-->");
            if (end == std::string_view::npos) return out;
            in_block_ = false;
            line.remove_prefix(end + 3);
            continue;
        }
        // "<!--" opens a block; the files also write "<! --".
        const size_t open = line.find("<!");
        const size_t hash = line.find('#');
        if (hash != std::string_view::npos && (open == std::string_view::npos || hash < open)) {
            out.append(line.substr(0, hash));
            return out;
        }
        if (open == std::string_view::npos) {
            out.append(line);
            return out;
        }
        out.append(line.substr(0, open));
        in_block_ = true;
        line.remove_prefix(open + 2);
    }
    return out;
}

BracketSplit split_brackets(std::string_view s) {
    BracketSplit out;
    const size_t first = s.find('[');
    out.phrase = trim(s.substr(0, first));
    if (first == std::string_view::npos) return out;
    size_t pos = first;
    while (pos != std::string_view::npos) {
        const size_t close = s.find(']', pos);
        if (close == std::string_view::npos) {
            out.unclosed = true;
            out.codes.push_back(trim(s.substr(pos + 1)));
            break;
        }
        out.codes.push_back(trim(s.substr(pos + 1, close - pos - 1)));
        pos = s.find('[', close);
    }
    return out;
}

namespace {
void warn(Diagnostics& d, const std::string& file, uint64_t line, std::string message,
          DiagnosticCode code = DiagnosticCode::bad_line) {
    d.push_back({Severity::warning, file, line, std::move(message), code});
}

bool is_null_code(std::string_view code) {
    if (code.empty()) return false;
    for (char c : code)
        if (c != '-' && c != '+' && c != '#') return false;
    return true;
}
}  // namespace

std::optional<DatedCode> parse_petrarch_code(std::string_view inner, SourceRef origin, const std::string& file,
                                             uint64_t line, Diagnostics& diagnostics) {
    inner = trim(inner);
    size_t code_end = 0;
    while (code_end < inner.size() && inner[code_end] != ' ' && inner[code_end] != '\t' && inner[code_end] != '<' &&
           inner[code_end] != '>')
        ++code_end;
    std::string code(inner.substr(0, code_end));
    std::string dates;
    for (char c : inner.substr(code_end))
        if (c != ' ' && c != '\t') dates += c;
    if (code.empty()) {
        warn(diagnostics, file, line, "empty code '[" + std::string(inner) + "]' ignored");
        return std::nullopt;
    }
    DatedCode out;
    out.origin = origin;
    // "[FRO/BIL/SAM]": alternatives kept as one code, written as the suites expect.
    const bool alternatives = code.find('/') != std::string::npos;
    if (is_null_code(code)) {
        code.clear();
    } else {
        bool lower = false;
        for (char& c : code)
            if (c >= 'a' && c <= 'z') {
                c = static_cast<char>(c - 'a' + 'A');
                lower = true;
            }
        if (lower) warn(diagnostics, file, line, "lower-case code read as '" + code + "'");
        bool valid = true;
        for (size_t b = 0; b <= code.size();) {
            const size_t e = alternatives ? std::min(code.find('/', b), code.size()) : code.size();
            valid = valid && is_valid_actor_code(std::string_view(code).substr(b, e - b));
            b = e + 1;
        }
        if (!valid)
            warn(diagnostics, file, line, "code '" + code + "' is not made of three-letter groups; kept as written",
                 DiagnosticCode::bad_actor_code);
    }
    out.code = code;
    if (dates.empty()) return out;
    auto date_of = [&](std::string_view digits) -> std::optional<Date> {
        auto d = parse_petrarch_date(digits);
        if (!d)
            warn(
                diagnostics, file, line,
                "bad date '" + std::string(digits) + "' (expected YYMMDD or YYYYMMDD): code '" + out.code + "' ignored",
                DiagnosticCode::bad_date);
        return d;
    };
    if (dates[0] == '<' || dates[0] == '>') {
        auto d = date_of(std::string_view(dates).substr(1));
        if (!d) return std::nullopt;
        (dates[0] == '<' ? out.until : out.from) = d;
        return out;
    }
    const size_t dash = dates.find('-');
    if (dash == std::string::npos) {
        auto d = date_of(dates);
        if (!d) return std::nullopt;
        warn(diagnostics, file, line, "date '" + dates + "' without '<', '>' or '-': read as the start date",
             DiagnosticCode::bad_date);
        out.from = d;
        return out;
    }
    const std::string_view from = std::string_view(dates).substr(0, dash);
    const std::string_view until = std::string_view(dates).substr(dash + 1);
    if (!from.empty()) {
        out.from = date_of(from);
        if (!out.from) return std::nullopt;
    }
    if (!until.empty()) {
        out.until = date_of(until);
        if (!out.until) return std::nullopt;
    }
    if (from.empty() && until.empty()) {
        warn(diagnostics, file, line, "date range '-' without dates: read as a default code", DiagnosticCode::bad_date);
    } else if (out.from && out.until && !(*out.from < *out.until)) {
        warn(diagnostics, file, line, "empty date range '" + dates + "' (start not before end): code never applies",
             DiagnosticCode::bad_date);
    }
    return out;
}

std::string petrarch_agent_plural(std::string_view phrase) {
    std::string p(phrase);
    if (p.empty()) return p;
    auto upper = [](char c) { return c >= 'A' && c <= 'Z' ? c : static_cast<char>(c & ~0x20); };
    const char last = upper(p.back());
    const char before = p.size() > 1 ? upper(p[p.size() - 2]) : ' ';
    const bool vowel_before = before == 'A' || before == 'E' || before == 'I' || before == 'O' || before == 'U';
    if (last == 'Y' && !vowel_before) {
        p.pop_back();
        return p + "IES";
    }
    if (last == 'S' || last == 'X' || last == 'Z' || ((last == 'H') && (before == 'C' || before == 'S')))
        return p + "ES";
    return p + "S";
}

}  // namespace sitrep
