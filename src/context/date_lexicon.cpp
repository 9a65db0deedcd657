#include "context/date_lexicon.hpp"

#include "core/source_file.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "context/data_table.hpp"

namespace sitrep {

namespace {

bool parse_int(std::string_view s, int& out) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

bool parse_unit(std::string_view s, DateUnit& out) {
    if (s == "day")
        out = DateUnit::day;
    else if (s == "month")
        out = DateUnit::month;
    else if (s == "year")
        out = DateUnit::year;
    else if (s == "week")
        out = DateUnit::week;
    else if (s == "weekend")
        out = DateUnit::weekend;
    else
        return false;
    return true;
}

void load_names(std::string_view content, std::string_view path, int lo, int hi,
                std::unordered_map<std::string, DateWord>& table, Diagnostics& diagnostics) {
    for (const TableRow& row : read_table(content, path, 2, 2, diagnostics)) {
        int value = 0;
        if (!parse_int(row.fields[0], value) || value < lo || value > hi) {
            report(diagnostics, path, row.line,
                   "first field must be a number from " + std::to_string(lo) + " to " + std::to_string(hi));
            continue;
        }
        for (const std::string& name : split_list(row.fields[1], ';'))
            table[name] = DateWord{value, cite(path, row.line)};
    }
}

}  // namespace

bool DateLexicon::add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics) {
    const FileKind kind = header_kind(content);
    if (kind == FileKind::months) {
        load_names(content, path, 1, 12, months_, diagnostics);
    } else if (kind == FileKind::weekdays) {
        load_names(content, path, 0, 6, weekdays_, diagnostics);
    } else if (kind == FileKind::relative_dates) {
        for (const TableRow& row : read_table(content, path, 4, 4, diagnostics)) {
            RelativePhrase phrase;
            phrase.words = split_list(row.fields[0], ' ');
            if (phrase.words.empty() || !parse_int(row.fields[1], phrase.offset) ||
                !parse_unit(row.fields[2], phrase.unit) || !parse_unit(row.fields[3], phrase.precision)) {
                report(diagnostics, path, row.line, "expected: phrase | offset | day/month/year | day/month/year");
                continue;
            }
            phrase.rule = cite(path, row.line);
            relative_.push_back(std::move(phrase));
        }
        std::stable_sort(relative_.begin(), relative_.end(),
                         [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
    } else if (kind == FileKind::ago_units) {
        for (const TableRow& row : read_table(content, path, 4, 4, diagnostics)) {
            AgoUnit unit;
            if (!parse_int(row.fields[1], unit.size) || unit.size <= 0 || !parse_unit(row.fields[2], unit.unit) ||
                !parse_unit(row.fields[3], unit.precision)) {
                report(diagnostics, path, row.line,
                       "expected: words | positive size | day/month/year | day/month/year");
                continue;
            }
            unit.rule = cite(path, row.line);
            for (const std::string& word : split_list(row.fields[0], ';')) ago_units_[word] = unit;
        }
    } else if (kind == FileKind::date_markers) {
        for (const TableRow& row : read_table(content, path, 2, 2, diagnostics))
            for (const std::string& word : split_list(row.fields[1], ';')) markers_[row.fields[0]].insert(word);
    } else {
        return false;
    }
    return true;
}

const DateWord* DateLexicon::find(const std::unordered_map<std::string, DateWord>& table, std::string_view word) {
    auto it = table.find(std::string(word));
    return it == table.end() ? nullptr : &it->second;
}

const AgoUnit* DateLexicon::ago_unit(std::string_view word) const {
    auto it = ago_units_.find(std::string(word));
    return it == ago_units_.end() ? nullptr : &it->second;
}

bool DateLexicon::print_edition(std::string_view outlet, const Date& story) const {
    const auto dailies = markers_.find("print-daily");
    const auto before = markers_.find("print-dated-before");
    if (dailies == markers_.end() || before == markers_.end() || outlet.empty()) return false;
    int first_posted_year = 0;
    bool era_known = false;
    for (const std::string& year : before->second) era_known = parse_int(year, first_posted_year);
    if (!era_known || story.year >= first_posted_year) return false;
    std::string name(outlet);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name.starts_with("the ")) name.erase(0, 4);
    // The name alone, or followed by " (" or "," ("los angeles times (chris kraul), reposted").
    const size_t end = std::min(name.find(" ("), name.find(','));
    if (end != std::string::npos) name.resize(end);
    return dailies->second.count(name) > 0;
}

bool DateLexicon::is_marker(std::string_view role, std::string_view word) const {
    auto it = markers_.find(std::string(role));
    return it != markers_.end() && it->second.count(std::string(word)) > 0;
}

}  // namespace sitrep
