// The one UTF-8 floor: repair (readers and the normaliser make arbitrary bytes
// valid UTF-8 so every later stage may assume it) and encoding a code point.
// Repair follows the Unicode "maximal subpart" practice: each maximal ill-formed
// prefix of a sequence becomes one U+FFFD, so a truncated character costs
// one replacement, not one per byte.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep {

struct Utf8Repair {
    std::size_t bad_bytes = 0;         // ill-formed bytes that were replaced
    std::size_t replacements = 0;      // U+FFFD characters inserted
    std::size_t first_bad_offset = 0;  // byte offset of the first bad byte (input)
};

// True when `text` is well-formed UTF-8 (no surrogates, no overlongs, <= U+10FFFF).
bool is_valid_utf8(std::string_view text);

// Repairs `text` in place; returns what was replaced (all zero when it was valid,
// in which case the string is left untouched).
Utf8Repair repair_utf8(std::string& text);

// Appends the UTF-8 encoding of `cp`; nothing for a value above U+10FFFF.
// (Surrogates are encoded as they are: callers that decode escapes check them.)
void append_utf8(std::string& out, char32_t cp);

}  // namespace sitrep
