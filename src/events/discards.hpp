// Discard phrases: words whose presence means a sentence (or a whole story)
// is not political news to code: sports fixtures, historical chronologies,
// weather ("ASIAN CUP", "+COMMONWEALTH GAMES", "YEARS LATER").
//
// PETRARCH format (`*discards*` files), also accepted after a
// `#! sitrep discards 1` tag:
//   PHRASE        the sentence is not coded when it contains PHRASE
//   +PHRASE       the whole story is not coded
//   PHRASE_       the last word must be whole; without '_' it is a stem
//                 ("BASEBALL" also matches "baseballs"); earlier words are whole
//   # ; <!-- -->  comments
// Matching is on token norms, at word starts, case-insensitive.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/document.hpp"
#include "core/source_file.hpp"

namespace sitrep {

enum class DiscardScope : uint8_t { sentence, story };

struct DiscardPhrase {
    std::vector<std::string> words;  // normalised
    bool last_word_is_stem = true;   // false when written with a trailing '_'
    DiscardScope scope = DiscardScope::sentence;
    std::string text;  // as written, for explanations
    SourceRef origin;
};

class DiscardList {
public:
    // Reads one discards file and adds its phrases; problems go to diagnostics.
    void read(const SourceFile& file, Diagnostics& diagnostics);
    void add(DiscardPhrase phrase);

    // The first phrase found in tokens [first, last), or nullptr. Either scope.
    const DiscardPhrase* find(std::span<const Token> tokens, uint32_t first, uint32_t last) const;

    // True when `sentence` contains a sentence-level or story-level phrase;
    // `why` gets "PHRASE (file:line)". Story-level hits make the caller drop
    // the whole document (see discards_story).
    bool discards_sentence(const Document& doc, const Sentence& sentence, std::string& why) const;
    // True when any sentence of `doc` holds a story-level phrase.
    bool discards_story(const Document& doc, std::string& why) const;

    size_t size() const { return phrases_.size(); }
    bool empty() const { return phrases_.empty(); }
    const std::vector<DiscardPhrase>& phrases() const { return phrases_; }

private:
    static constexpr size_t kKeyLength = 4;  // index on the first word's first chars
    std::vector<DiscardPhrase> phrases_;
    std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
    std::vector<size_t> key_lengths_;  // distinct key lengths in use, <= kKeyLength
    bool matches_at(const DiscardPhrase& p, std::span<const Token> tokens, uint32_t at, uint32_t last) const;
};

}  // namespace sitrep
