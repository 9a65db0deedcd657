// Small helpers every context detector shares: comparing token norms with
// dictionary words, finding the token, sentence and clause around an offset.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/document.hpp"

namespace sitrep {

// A token norm without trailing periods and without a possessive "'s":
// "jan." -> "jan", "iraq's" -> "iraq". Dictionary words are stored this way.
std::string_view bare_word(std::string_view norm);

// Letters and digits only, lower case: "Al-Anbar" -> "alanbar". Multi-token
// names are matched on the concatenation of these keys, so it does not matter
// whether the tokenizer split "Al-Anbar" at its hyphen.
void append_match_key(std::string_view text, std::string& key);

// Token index whose span contains or first follows byte `offset`.
uint32_t token_at(const Document& doc, uint32_t offset);

// Token range of a sentence, clamped to the token list.
TokenRange sentence_tokens(const Document& doc, uint32_t sentence);

// The smallest clause whose token range contains `token`; -1 when none.
int32_t innermost_clause(const Document& doc, uint32_t token);

// True when `token` lies in [range.first, range.last).
inline bool in_range(TokenRange range, uint32_t token) {
    return token >= range.first && token < range.last;
}

// Number of tokens between two ranges (0 when they touch or overlap).
uint32_t token_distance(TokenRange a, TokenRange b);

}  // namespace sitrep
