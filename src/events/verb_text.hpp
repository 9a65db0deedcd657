// Small text helpers shared by the verb, discard and CAMEO table readers:
// line iteration, trimming, "file:line" origins and word normalisation.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_lines.hpp"

namespace sitrep::verbtext {

// Line iteration, trimming and "file:line" origins are shared with every
// other reader (core/text_lines.hpp).
using sitrep::for_each_line;
using sitrep::trim;
inline std::string origin(std::string_view file, uint64_t line) {
    return origin_of(file, line);
}

// One dictionary word in the form the tokenizer gives Token::norm
// (normalize_token: case folded, quotes and dashes unified, "U.S." -> "us").
std::string normalize_word(std::string_view word);

// A phrase split and normalised as the tokenizer would ('_' counts as a blank):
// "DID_N'T" -> {"did", "not"}.
std::vector<std::string> normalize_words(std::string_view phrase);

std::string to_upper(std::string_view s);

}  // namespace sitrep::verbtext
