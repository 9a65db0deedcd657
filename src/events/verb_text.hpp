// Small text helpers shared by the verb, discard and CAMEO table readers:
// line iteration, trimming, "file:line" origins and word normalisation.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::verbtext {

std::string_view trim(std::string_view s);

// Calls fn(line_number, line) for each line, without "\n" or "\r\n".
template <class Fn>
void for_each_line(std::string_view content, Fn&& fn) {
    uint64_t number = 0;
    while (!content.empty()) {
        ++number;
        const size_t nl = content.find('\n');
        std::string_view line = content.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        fn(number, line);
        if (nl == std::string_view::npos) break;
        content.remove_prefix(nl + 1);
    }
}

inline std::string origin(std::string_view file, uint64_t line) {
    return std::string(file) + ":" + std::to_string(line);
}

// One dictionary word in the form the tokenizer gives Token::norm
// (normalize_token: case folded, quotes and dashes unified, "U.S." -> "us").
std::string normalize_word(std::string_view word);

// A phrase split and normalised as the tokenizer would ('_' counts as a blank):
// "DID_N'T" -> {"did", "not"}.
std::vector<std::string> normalize_words(std::string_view phrase);

std::string to_upper(std::string_view s);

}  // namespace sitrep::verbtext
