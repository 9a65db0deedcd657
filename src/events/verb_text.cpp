// Text helpers for the verb readers; normalisation is the tokenizer's own
// (text/normalize.hpp), so dictionary words meet Token::norm exactly.
#include "events/verb_text.hpp"

#include <cctype>

#include "text/normalize.hpp"

namespace sitrep::verbtext {

std::string normalize_word(std::string_view word) {
    return normalize_token(word);
}

std::vector<std::string> normalize_words(std::string_view phrase) {
    // PETRARCH joins words with '_'; the tokenizer's rules do the rest.
    std::string spaced(phrase);
    for (char& c : spaced)
        if (c == '_') c = ' ';
    std::vector<std::string> words = normalize_phrase(spaced);
    // Treebank-style contractions ("WO N'T", "CA N'T") get the first-half norms
    // the tokenizer gives "won't" and "can't" in text.
    for (size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i + 1] != "not") continue;
        if (words[i] == "wo")
            words[i] = "will";
        else if (words[i] == "ca")
            words[i] = "can";
        else if (words[i] == "sha")
            words[i] = "shall";
    }
    return words;
}

std::string to_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace sitrep::verbtext
