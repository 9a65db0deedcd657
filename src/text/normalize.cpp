#include "text/normalize.hpp"

#include <utf8proc.h>

#include <cstdlib>

#include "core/utf8.hpp"
#include "text/char_class.hpp"
#include "text/tokenizer.hpp"
#include "text/utf8.hpp"

namespace sitrep {
namespace {

// Mappings applied before utf8proc's own: the ones its LUMP option lacks.
utf8proc_int32_t unify_punctuation(utf8proc_int32_t cp, void* /*data*/) {
    switch (cp) {
        case 0x2018:
        case 0x2019:
        case 0x201B:
        case 0x02BC:
        case 0x00B4:
        case 0x2032:
        case 0x0060:
            return '\'';
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x00AB:
        case 0x00BB:
        case 0x2033:
        case 0x201A:
        case 0x2039:
        case 0x203A:
        case 0x300C:
        case 0x300D:
        case 0x300E:
        case 0x300F:
            return '"';
        default: {
            // Hyphens and dashes: the tokenizer's own list (text/char_class.cpp).
            const unicode::CharClass c = unicode::classify(static_cast<char32_t>(cp));
            return c == unicode::CharClass::hyphen || c == unicode::CharClass::dash ? '-' : cp;
        }
    }
}

// Invalid bytes become U+FFFD as the readers repair them (core/utf8.hpp: one per
// maximal ill-formed subpart), so that utf8proc accepts the input and a phrase
// meets the repaired text it was copied from.
std::string repaired_copy(std::string_view raw) {
    std::string out(raw);
    repair_utf8(out);
    return out;
}

void fold_unicode(std::string_view raw, std::string& out) {
    std::string repaired;
    utf8proc_uint8_t* mapped = nullptr;
    const auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                       UTF8PROC_IGNORE | UTF8PROC_STRIPMARK | UTF8PROC_LUMP);
    auto run = [&](std::string_view s) {
        return utf8proc_map_custom(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                   static_cast<utf8proc_ssize_t>(s.size()), &mapped, options, unify_punctuation,
                                   nullptr);
    };
    utf8proc_ssize_t n = run(raw);
    if (n < 0) {
        repaired = repaired_copy(raw);
        n = run(repaired);
    }
    if (n >= 0 && mapped != nullptr) {
        out.assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
    } else {
        out.assign(raw);
    }
    std::free(mapped);
}

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
// After folding, a byte >= 0x80 is part of a non-ASCII letter or symbol.
bool is_letter_byte(char c) {
    return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool is_url_or_email(std::string_view s) {
    return s.find("://") != std::string_view::npos || s.find('@') != std::string_view::npos || s.substr(0, 4) == "www.";
}

// Steps 3-5 of the contract, on already folded text.
void drop_abbreviation_periods_and_separators(std::string& s) {
    if (s.size() < 2) return;
    if (s.size() == 3 && s == "n't") {
        s = "not";
        return;
    }
    bool has_period_or_comma = false;
    for (const char c : s) has_period_or_comma |= (c == '.' || c == ',');
    if (!has_period_or_comma || is_url_or_email(s)) return;
    size_t out = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.' && i > 0 && is_letter_byte(s[i - 1])) continue;
        if (c == ',' && i > 0 && i + 1 < s.size() && is_ascii_digit(s[i - 1]) && is_ascii_digit(s[i + 1])) continue;
        s[out++] = c;
    }
    s.resize(out);
}

}  // namespace

std::string normalize_token(std::string_view raw) {
    std::string out(raw.size(), '\0');
    for (size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            fold_unicode(raw, out);
            break;
        }
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        else if (c == '`')
            c = '\'';
        out[i] = c;
    }
    drop_abbreviation_periods_and_separators(out);
    return out;
}

std::vector<std::string> normalize_phrase(std::string_view phrase) {
    static const Tokenizer phrase_tokenizer = Tokenizer::for_phrases();
    std::vector<Token> tokens;
    phrase_tokenizer.tokenize(phrase, tokens);
    std::vector<std::string> norms;
    norms.reserve(tokens.size());
    for (auto& t : tokens) norms.push_back(std::move(t.norm));
    return norms;
}

}  // namespace sitrep
