// Text helpers for the verb readers; normalisation is the tokenizer's own
// (text/normalize.hpp), so dictionary words meet Token::norm exactly.
#include "events/verb_text.hpp"

#include <cctype>

#include "text/normalize.hpp"

namespace sitrep::verbtext {

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::string normalize_word(std::string_view word) { return normalize_token(word); }

std::vector<std::string> normalize_words(std::string_view phrase) {
    // PETRARCH joins words with '_'; the tokenizer's rules do the rest.
    std::string spaced(phrase);
    for (char& c : spaced)
        if (c == '_') c = ' ';
    return normalize_phrase(spaced);
}

std::string to_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace sitrep::verbtext
