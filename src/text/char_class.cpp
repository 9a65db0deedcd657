#include "text/char_class.hpp"

#include <utf8proc.h>

namespace sitrep::unicode {

CharClass classify(char32_t cp) {
    if (cp < 128) return classify_ascii(static_cast<unsigned char>(cp));
    switch (cp) {
        case 0x2019:
        case 0x2018:
        case 0x02BC:
        case 0x201B:
        case 0x00B4:
            return CharClass::apostrophe;
        case 0x2010:
        case 0x2011:
            return CharClass::hyphen;
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
        case 0x2E3A:
        case 0x2E3B:
        case 0xFE58:
        case 0xFE63:
        case 0xFF0D:
            return CharClass::dash;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x00AB:
        case 0x00BB:
        case 0x2039:
        case 0x203A:
        case 0x201A:
        case 0x300C:
        case 0x300D:
        case 0x300E:
        case 0x300F:
        case 0xFF02:
            return CharClass::quote;
        case 0x2026:
            return CharClass::ellipsis;
        case 0x203C:
        case 0x2047:
        case 0x2048:
        case 0x2049:
        case 0xFF01:
        case 0xFF1F:
        case 0x3002:
        case 0x061F:
        case 0x00A1:
        case 0x00BF:
            return CharClass::terminal;
        case 0x00AD:
        case 0x200C:
        case 0x200D:  // soft hyphen, ZWNJ, ZWJ: inside words
            return CharClass::mark;
        default:
            break;
    }
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_NL:
            return CharClass::letter;
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
            return CharClass::mark;
        case UTF8PROC_CATEGORY_ND:
            return CharClass::digit;
        case UTF8PROC_CATEGORY_ZS:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC:
        case UTF8PROC_CATEGORY_CF:
            return CharClass::space;
        case UTF8PROC_CATEGORY_PD:
            return CharClass::dash;
        case UTF8PROC_CATEGORY_PS:
            return CharClass::open_bracket;
        case UTF8PROC_CATEGORY_PE:
            return CharClass::close_bracket;
        case UTF8PROC_CATEGORY_PI:
        case UTF8PROC_CATEGORY_PF:
            return CharClass::quote;
        case UTF8PROC_CATEGORY_PC:
        case UTF8PROC_CATEGORY_PO:
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
