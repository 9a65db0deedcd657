#include "text/text_resources.hpp"

#include <algorithm>

#include "core/text_lines.hpp"

namespace sitrep {
namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view strip_comment(std::string_view line) {
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '#' && (i == 0 || is_blank(line[i - 1]))) return line.substr(0, i);
    }
    return line;
}

std::string ascii_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// "Mr." and "Mr" both mean the abbreviation "Mr"; text in headlines may be
// in capitals, so "MR" is added too.
WordSet abbreviation_set(const std::vector<std::string>& entries) {
    std::vector<std::string> words;
    for (const auto& e : entries) {
        std::string_view w = e;
        if (!w.empty() && w.back() == '.') w.remove_suffix(1);
        if (w.empty()) continue;
        words.emplace_back(w);
        words.push_back(ascii_upper(w));
    }
    return WordSet(std::move(words));
}

}  // namespace

WordSet::WordSet(std::vector<std::string> words) : words_(std::move(words)) {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

bool WordSet::contains(std::string_view word) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), word,
                               [](const std::string& a, std::string_view b) { return a < b; });
    return it != words_.end() && *it == word;
}

std::vector<std::string> parse_word_list(const SourceFile& file, Diagnostics& diagnostics) {
    std::vector<std::string> words;
    for_each_line(file.content, [&](uint64_t line_number, std::string_view line) {
        const std::string_view entry = trim(strip_comment(line));
        if (entry.empty()) return;
        if (std::any_of(entry.begin(), entry.end(), is_blank)) {
            diagnostics.push_back({Severity::error, std::string(file.path), line_number,
                                   "expected one word per line, got '" + std::string(entry) + "'; entry skipped",
                                   DiagnosticCode::bad_line});
            return;
        }
        words.emplace_back(entry);
    });
    return words;
}

TextResources TextResources::defaults_from(const std::vector<SourceFile>& files, Diagnostics& diagnostics) {
    std::vector<std::string> abbreviations, titles, starters;
    bool have_abbreviations = false, have_titles = false, have_starters = false;
    for (const auto& file : files) {
        auto append = [&](std::vector<std::string>& to) {
            auto words = parse_word_list(file, diagnostics);
            to.insert(to.end(), words.begin(), words.end());
        };
        const FileKind kind = header_kind(file.content);
        if (kind == FileKind::abbreviations) {
            append(abbreviations);
            have_abbreviations = true;
        } else if (kind == FileKind::titles) {
            append(titles);
            have_titles = true;
        } else if (kind == FileKind::sentence_starters) {
            append(starters);
            have_starters = true;
        }
    }
    auto warn_missing = [&](bool have, const char* name) {
        if (!have)
            diagnostics.push_back({Severity::warning, name, 0,
                                   "word list not found; the text stage works without it "
                                   "but splits sentences less well",
                                   DiagnosticCode::missing_data});
    };
    warn_missing(have_abbreviations, "data/text/abbreviations.txt");
    warn_missing(have_titles, "data/text/titles.txt");
    warn_missing(have_starters, "data/text/sentence_starters.txt");

    TextResources r;
    std::vector<std::string> all_abbreviations = abbreviations;
    all_abbreviations.insert(all_abbreviations.end(), titles.begin(), titles.end());
    r.abbreviations = abbreviation_set(all_abbreviations);
    r.titles = abbreviation_set(titles);
    std::vector<std::string> lower;
    for (const auto& s : starters) lower.push_back(ascii_lower(s));
    r.sentence_starters = WordSet(std::move(lower));
    return r;
}

}  // namespace sitrep
