// Token normalisation: the one contract by which text and dictionary phrases
// are compared. Every dictionary loader must normalise its phrases with
// normalize_phrase() so that they meet the tokens of the text exactly.
//
// normalize_token(raw) maps the surface of one token to its norm:
//   1. Unicode: NFKC compatibility composition, full case folding ("Ä" -> "ä",
//      "ß" -> "ss"), combining marks stripped ("é" -> "e", "Ḥ" -> "h"), default
//      ignorable characters dropped (soft hyphen, zero-width joiner).
//   2. Punctuation variants unified: curly/modifier apostrophes and single
//      quotes -> ', curly and angle double quotes -> ", every dash and minus
//      (‐ ‑ ‒ – — ― −) -> -, "…" -> "...", odd spaces -> ' '.
//   3. A period right after a letter is dropped: "U.S." -> "us", "U.N." ->
//      "un", "a.m." -> "am", "Mr." -> "mr", "U.S.-led" -> "us-led"; periods
//      after digits stay ("3.5"), as do punctuation tokens ("." and "...").
//   4. A comma between digits is dropped: "2,500" -> "2500".
//   5. "n't" -> "not"; the possessive "'s" stays "'s" (so "’s" -> "'s").
//   URLs and e-mail addresses (containing "://", "@" or starting "www.")
//   only get steps 1-2.
// ASCII input takes a fast path with the same result. Invalid UTF-8 bytes
// become U+FFFD.
//
// The tokenizer additionally maps the first half of "can't", "won't",
// "shan't" ("ca", "wo", "sha") to "can", "will", "shall".
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

std::string normalize_token(std::string_view raw);

// Tokenizes `phrase` exactly as the tokenizer splits text and returns the
// norms of its tokens: "Al-Sudani’s office" -> {"al-sudani", "'s", "office"},
// "U.S. troops" -> {"us", "troops"}. In a phrase every period written right
// after a word is taken as an abbreviation period ("Gen. Smith" ->
// {"gen", "smith"}), as dictionaries hold no sentence-final periods.
// Underscores are not treated as spaces: loaders of formats that join words
// with "_" replace them first.
std::vector<std::string> normalize_phrase(std::string_view phrase);

}  // namespace sitrep
