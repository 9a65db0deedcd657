#include "context/numbers.hpp"

#include <charconv>

#include "context/data_table.hpp"
#include "context/token_text.hpp"

namespace sitrep {

std::optional<double> parse_decimal(std::string_view s) {
    if (s.empty() || s.size() > 24 || s.front() < '0' || s.front() > '9') return std::nullopt;
    std::string digits;
    size_t group = 0;
    bool seen_comma = false, seen_dot = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
            ++group;
        } else if (c == ',' && !seen_dot) {
            // Thousands separators must come every three digits.
            if (seen_comma ? group != 3 : (group == 0 || group > 3)) return std::nullopt;
            seen_comma = true;
            group = 0;
        } else if (c == '.' && !seen_dot) {
            if (seen_comma && group != 3) return std::nullopt;
            seen_dot = true;
            digits.push_back('.');
            group = 0;
            seen_comma = false;
        } else {
            return std::nullopt;
        }
    }
    if (seen_comma && group != 3) return std::nullopt;
    if (!digits.empty() && digits.back() == '.') digits.pop_back();
    double value = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || p != digits.data() + digits.size()) return std::nullopt;
    return value;
}

NumberWords NumberWords::load(std::string_view content, std::string_view path, Diagnostics& diagnostics) {
    NumberWords out;
    for (const TableRow& row : read_table(content, path, 4, 4, diagnostics)) {
        Word w;
        auto min = parse_decimal(row.fields[1]);
        auto max = parse_decimal(row.fields[2]);
        if (!min || !max || *max < *min) {
            report(diagnostics, path, row.line, "values must be numbers with smallest <= largest");
            continue;
        }
        w.min = *min;
        w.max = *max;
        const std::string& role = row.fields[3];
        if (role == "number")
            w.role = Role::number;
        else if (role == "multiplier")
            w.role = Role::multiplier;
        else if (role == "vague")
            w.role = Role::vague;
        else {
            report(diagnostics, path, row.line, "role must be number, multiplier or vague, not '" + role + "'");
            continue;
        }
        w.rule = cite(path, row.line);
        out.words_[row.fields[0]] = std::move(w);
    }
    return out;
}

const NumberWords::Word* NumberWords::find(std::string_view word) const {
    auto it = words_.find(std::string(word));
    return it == words_.end() ? nullptr : &it->second;
}

std::optional<NumberRead> NumberWords::read_words(const Document& doc, uint32_t first, uint32_t limit) const {
    NumberRead out;
    double total = 0, current = 0;
    bool any = false;
    uint32_t i = first;
    // "a dozen", "a hundred": the article stands for one.
    if (i + 1 < limit && doc.tokens[i].norm == "a") {
        const Word* next = find(bare_word(doc.tokens[i + 1].norm));
        if (next && next->role != Role::vague && next->min >= 12) {
            current = next->role == Role::multiplier ? 1 : 0;  // "a hundred" = 1 x 100, "a dozen" = 12
            ++i;
        }
    }
    for (; i < limit; ++i) {
        std::string_view norm = bare_word(doc.tokens[i].norm);
        if (any && (norm == "-" || norm == "and")) {
            // "twenty-five" split at its hyphen, "two hundred and fifty".
            if (i + 1 < limit && find(bare_word(doc.tokens[i + 1].norm))) continue;
            break;
        }
        // One token "twenty-five".
        const size_t dash = norm.find('-');
        const Word* w = nullptr;
        if (dash != std::string_view::npos) {
            const Word* tens = find(norm.substr(0, dash));
            const Word* unit = find(norm.substr(dash + 1));
            if (!tens || !unit || tens->role != Role::number || unit->role != Role::number) break;
            current += tens->min + unit->min;
            any = true;
            out.rule = tens->rule;
            out.end = i + 1;
            continue;
        }
        w = find(norm);
        if (!w) break;
        if (w->role == Role::vague) {
            if (any) break;
            out.value = w->min;
            out.value_max = w->max;
            out.vague = true;
            out.end = i + 1;
            out.rule = w->rule;
            // "tens of thousands" style phrases are left as the first word's range.
            return out;
        }
        if (w->role == Role::multiplier) {
            if (!any && current == 0) break;
            current = (current == 0 ? 1 : current) * w->min;
            if (w->min >= 1000) {
                total += current;
                current = 0;
            }
        } else {
            current += w->min;
        }
        any = true;
        out.rule = w->rule;
        out.end = i + 1;
    }
    if (!any) return std::nullopt;
    out.value = out.value_max = total + current;
    return out;
}

std::optional<NumberRead> NumberWords::read(const Document& doc, uint32_t first, uint32_t limit) const {
    if (first >= limit || limit > doc.tokens.size()) return std::nullopt;
    const Token& t = doc.tokens[first];
    auto value = parse_decimal(t.norm);
    if (!value) return read_words(doc, first, limit);
    NumberRead out;
    out.value = *value;
    out.end = first + 1;
    // "2,500" split by the tokenizer into "2" "," "500" with no spaces.
    while (out.end + 1 < limit && doc.tokens[out.end].norm == "," && !doc.tokens[out.end].space_before &&
           !doc.tokens[out.end + 1].space_before && doc.tokens[out.end + 1].norm.size() == 3) {
        auto group = parse_decimal(doc.tokens[out.end + 1].norm);
        if (!group || out.value >= 1e15) break;
        out.value = out.value * 1000 + *group;
        out.end += 2;
    }
    if (out.end < limit) {
        const Word* w = find(bare_word(doc.tokens[out.end].norm));
        if (w && w->role == Role::multiplier) {
            out.value *= w->min;
            out.rule = w->rule;
            ++out.end;
        }
    }
    out.value_max = out.value;
    return out;
}

}  // namespace sitrep
