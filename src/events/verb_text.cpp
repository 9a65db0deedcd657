// Word normalisation for dictionary phrases (kept in step with the tokenizer's
// Token::norm rules described in docs/DICTIONARIES.md).
#include "events/verb_text.hpp"

#include <cctype>

namespace sitrep::verbtext {

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::string normalize_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    bool has_alnum = false;
    for (size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        // UTF-8 punctuation that news text and dictionaries spell in several ways.
        if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80) {
            const unsigned char d = static_cast<unsigned char>(word[i + 2]);
            if (d == 0x98 || d == 0x99) { out += '\''; i += 2; continue; }   // ‘ ’
            if (d == 0x9C || d == 0x9D) { out += '"'; i += 2; continue; }    // “ ”
            if (d >= 0x90 && d <= 0x95) { out += '-'; i += 2; continue; }    // ‐ ‑ ‒ – — ―
        }
        if (c < 0x80) {
            if (std::isalnum(c)) has_alnum = true;
            out += static_cast<char>(std::tolower(c));
        } else {
            out += static_cast<char>(c);
        }
    }
    // "U.S." -> "us": dots go when the word has letters and no other separator.
    if (has_alnum && out.size() > 1 && out.find('.') != std::string::npos) {
        std::string stripped;
        for (char c : out)
            if (c != '.') stripped += c;
        out = std::move(stripped);
    }
    return out;
}

std::vector<std::string> normalize_words(std::string_view phrase) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t' || phrase[i] == '_')) ++i;
        size_t j = i;
        while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '\t' && phrase[j] != '_') ++j;
        if (j > i) words.push_back(normalize_word(phrase.substr(i, j - i)));
        i = j;
    }
    return words;
}

std::string to_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace sitrep::verbtext
