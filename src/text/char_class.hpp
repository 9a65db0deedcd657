// What role a code point plays when splitting text into tokens. ASCII is
// answered from a table; other code points from their Unicode category
// (utf8proc), with explicit choices for quotes, apostrophes and dashes
// because news text uses them inconsistently.
#pragma once
#include <array>
#include <cstdint>

namespace sitrep::unicode {

enum class CharClass : uint8_t {
    space,  // any white space, control or invisible format character
    letter,
    digit,
    mark,           // combining mark: continues a word
    apostrophe,     // ' ’ ‘ ʼ `: inside a word, a contraction, or a single quote
    hyphen,         // - ‐ ‑ : joins the parts of "al-Muhandis", "10-year"
    dash,           // – — ― −: always a token of its own
    quote,          // " “ ” „ « » ‹ ›
    open_bracket,   // ( [ { and other opening punctuation
    close_bracket,  // ) ] } and other closing punctuation
    period,         // .
    terminal,       // ? ! and other sentence-final marks except the period
    ellipsis,       // …
    punctuation,    // , ; : and other punctuation
    symbol,         // $ % & + < = > @ # and every other symbol
    invalid,        // a byte that is not valid UTF-8
};

namespace detail {
constexpr std::array<CharClass, 128> make_ascii_classes() {
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
inline constexpr std::array<CharClass, 128> ascii_classes = make_ascii_classes();
}  // namespace detail

// Any code point (ASCII from a table, the rest from its Unicode category).
CharClass classify(char32_t cp);

inline CharClass classify_ascii(unsigned char c) {
    return detail::ascii_classes[c & 0x7F];
}

inline bool is_word_char(CharClass c) {
    return c == CharClass::letter || c == CharClass::digit || c == CharClass::mark;
}

bool is_upper(char32_t cp);  // Lu or Lt
bool is_lower(char32_t cp);  // Ll

}  // namespace sitrep::unicode
