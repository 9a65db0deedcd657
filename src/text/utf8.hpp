// Decoding one UTF-8 code point at a byte offset. Readers repair invalid
// UTF-8, but the text stage must never crash on any bytes, so invalid
// sequences decode as a one-byte U+FFFD marked invalid (same rules as
// utf8proc: no overlongs, no surrogates, nothing above U+10FFFF).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sitrep::unicode {

struct DecodedChar {
    char32_t cp = 0;
    uint32_t length = 0;  // bytes consumed; 0 only at the end of the text
    bool valid = true;
};

inline bool is_continuation(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

inline DecodedChar decode_utf8(std::string_view s, size_t pos) {
    if (pos >= s.size()) return {0, 0, true};
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) return {b0, 1, true};
    const size_t left = s.size() - pos;
    auto byte = [&](size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (left >= 2 && is_continuation(byte(1)))
            return {static_cast<char32_t>(((b0 & 0x1Fu) << 6) | (byte(1) & 0x3Fu)), 2, true};
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left >= 3 && is_continuation(byte(1)) && is_continuation(byte(2))) {
            const char32_t cp = ((b0 & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
        }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left >= 4 && is_continuation(byte(1)) && is_continuation(byte(2)) && is_continuation(byte(3))) {
            const char32_t cp =
                ((b0 & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) | (byte(3) & 0x3Fu);
            if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4, true};
        }
    }
    return {0xFFFD, 1, false};
}

}  // namespace sitrep::unicode
