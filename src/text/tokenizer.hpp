// Splits a Document's text into tokens (byte spans plus a norm, see
// normalize.hpp). Rules, chosen for English news:
//  - hyphenated words are one token: "al-Muhandis", "US-led", "10-year";
//  - the possessive and clitics are split off: "Al-Sudani’s" -> "Al-Sudani" +
//    "’s" (norm "'s"), "didn't" -> "did" + "n't" (norm "not"), also 're 've
//    'll 'd 'm; other inner apostrophes stay ("O'Brien");
//  - abbreviations keep their period: dotted ones ("U.S.", "a.m.", "Ph.D."),
//    single capital initials ("W."), and words in the abbreviation list
//    ("Mr.", "Gen.", "Jan."); "U.S.-led" is one token;
//  - numbers "2,500", "3.5", "10:30", "9/11", "1990s", "10th" are one token;
//  - URLs (http://, https://, www.) and e-mail addresses are one token;
//  - quotes, brackets, dashes and other punctuation are tokens of their own
//    ("..." and "?!" runs are one token); any Unicode white space separates.
// Any bytes are accepted: an invalid UTF-8 byte becomes a one-byte symbol.
#pragma once
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "text/text_resources.hpp"

namespace sitrep {

class Tokenizer {
public:
    explicit Tokenizer(const TextResources& resources);

    // A tokenizer for dictionary phrases: every period written right after a
    // word is an abbreviation period (see normalize_phrase).
    static Tokenizer for_phrases();

    // Replaces doc.tokens with the tokens of doc.text (sentence indices 0).
    void tokenize(Document& doc) const;
    // Appends the tokens of `text` to `out`; spans are offsets into `text`.
    void tokenize(std::string_view text, std::vector<Token>& out) const;

private:
    Tokenizer() = default;
    WordSet abbreviations_;
    bool every_period_is_abbreviation_ = false;
};

}  // namespace sitrep
