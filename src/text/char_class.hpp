// What role a code point plays when splitting text into tokens. ASCII is
// answered from a table; other code points from their Unicode category
// (utf8proc), with explicit choices for quotes, apostrophes and dashes
// because news text uses them inconsistently.
#pragma once
#include <cstdint>

namespace sitrep::unicode {

enum class CharClass : uint8_t {
    space,          // any white space, control or invisible format character
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

CharClass classify(char32_t cp);

inline bool is_word_char(CharClass c) {
    return c == CharClass::letter || c == CharClass::digit || c == CharClass::mark;
}

bool is_upper(char32_t cp);  // Lu or Lt
bool is_lower(char32_t cp);  // Ll

}  // namespace sitrep::unicode
