// Strict UTF-8 validation per RFC 3629 / Unicode table 3-7, with repair.
#include "core/utf8.hpp"

#include <cstdint>

namespace sitrep {

namespace {

// Length of the well-formed sequence starting at `i`, or 0 when ill-formed;
// on failure `consumed` holds the length of the maximal ill-formed subpart.
std::size_t sequence_length(std::string_view s, std::size_t i, std::size_t& consumed) {
    const auto byte = [&](std::size_t k) { return static_cast<uint8_t>(s[k]); };
    const uint8_t b0 = byte(i);
    consumed = 1;
    if (b0 < 0x80) return 1;
    std::size_t need = 0;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        if (b0 == 0xE0) lo = 0xA0;  // no overlongs
        if (b0 == 0xED) hi = 0x9F;  // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        if (b0 == 0xF0) lo = 0x90;  // no overlongs
        if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
        return 0;  // continuation byte, C0/C1, F5..FF
    }
    for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= s.size()) return 0;
        const uint8_t b = byte(i + k);
        const bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) return 0;
        consumed = k + 1;
    }
    return need + 1;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<uint8_t>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t consumed = 0;
        const std::size_t n = sequence_length(text, i, consumed);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

Utf8Repair repair_utf8(std::string& text) {
    Utf8Repair result;
    if (is_valid_utf8(text)) return result;
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t consumed = 0;
        const std::size_t n = sequence_length(text, i, consumed);
        if (n != 0) {
            out.append(text, i, n);
            i += n;
            continue;
        }
        if (result.replacements == 0) result.first_bad_offset = i;
        out += kReplacement;
        result.bad_bytes += consumed;
        ++result.replacements;
        i += consumed;
    }
    text = std::move(out);
    return result;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x110000) {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace sitrep
