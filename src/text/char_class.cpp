#include "text/char_class.hpp"

#include <utf8proc.h>

#include <array>

namespace sitrep::unicode {
namespace {

constexpr std::array<CharClass, 128> make_ascii_table() {
    std::array<CharClass, 128> t{};
    for (auto& c : t) c = CharClass::symbol;
    for (int c = 0; c < 32; ++c) t[c] = CharClass::space;  // controls, tab, newlines
    t[' '] = CharClass::space;
    t[127] = CharClass::space;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = CharClass::letter;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = CharClass::letter;
    for (int c = '0'; c <= '9'; ++c) t[c] = CharClass::digit;
    t['\''] = CharClass::apostrophe;
    t['`'] = CharClass::apostrophe;
    t['-'] = CharClass::hyphen;
    t['"'] = CharClass::quote;
    t['('] = t['['] = t['{'] = CharClass::open_bracket;
    t[')'] = t[']'] = t['}'] = CharClass::close_bracket;
    t['.'] = CharClass::period;
    t['?'] = t['!'] = CharClass::terminal;
    t[','] = t[';'] = t[':'] = CharClass::punctuation;
    return t;
}

constexpr auto kAscii = make_ascii_table();

}  // namespace

CharClass classify(char32_t cp) {
    if (cp < 128) return kAscii[cp];
    switch (cp) {
        case 0x2019: case 0x2018: case 0x02BC: case 0x201B: case 0x00B4:
            return CharClass::apostrophe;
        case 0x2010: case 0x2011:
            return CharClass::hyphen;
        case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0x2E3A:
        case 0x2E3B: case 0xFE58: case 0xFE63: case 0xFF0D:
            return CharClass::dash;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
        case 0x2039: case 0x203A: case 0x201A: case 0x300C: case 0x300D: case 0x300E:
        case 0x300F: case 0xFF02:
            return CharClass::quote;
        case 0x2026:
            return CharClass::ellipsis;
        case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0xFF01: case 0xFF1F:
        case 0x3002: case 0x061F: case 0x00A1: case 0x00BF:
            return CharClass::terminal;
        case 0x00AD: case 0x200C: case 0x200D:  // soft hyphen, ZWNJ, ZWJ: inside words
            return CharClass::mark;
        default:
            break;
    }
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
            return CharClass::letter;
        case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
            return CharClass::mark;
        case UTF8PROC_CATEGORY_ND:
            return CharClass::digit;
        case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
            return CharClass::space;
        case UTF8PROC_CATEGORY_PD:
            return CharClass::dash;
        case UTF8PROC_CATEGORY_PS:
            return CharClass::open_bracket;
        case UTF8PROC_CATEGORY_PE:
            return CharClass::close_bracket;
        case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
            return CharClass::quote;
        case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PO:
            return CharClass::punctuation;
        default:
            return CharClass::symbol;
    }
}

bool is_upper(char32_t cp) {
    if (cp < 128) return cp >= 'A' && cp <= 'Z';
    const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) {
    if (cp < 128) return cp >= 'a' && cp <= 'z';
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace sitrep::unicode
