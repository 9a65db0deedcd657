// The word lists the text stage needs (abbreviations, titles, sentence
// starters). They are data (data/text/*.txt), parsed here from file contents
// so that sitrep_text does not depend on how the engine stores its files.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source_file.hpp"

namespace sitrep {

// An immutable set of words with exact, case-sensitive lookup.
class WordSet {
public:
    WordSet() = default;
    explicit WordSet(std::vector<std::string> words);
    bool contains(std::string_view word) const;
    size_t size() const { return words_.size(); }
    const std::vector<std::string>& words() const { return words_; }

private:
    std::vector<std::string> words_;  // sorted, unique
};

// One entry per line; `#` at the start of a line or after white space starts a
// comment; blank lines are skipped; an entry holding white space is reported
// as "file:line: ..." and skipped.
std::vector<std::string> parse_word_list(const SourceFile& file, Diagnostics& diagnostics);

struct TextResources {
    // Words after which a period belongs to the word ("Mr.", "Gen.", "Jan."),
    // stored without the period, as written and in capitals ("MR", "GEN").
    WordSet abbreviations;
    // Abbreviations that always precede a name and so never end a sentence
    // ("Mr.", "Gen.", "Lt."); stored like `abbreviations`.
    WordSet titles;
    // Lower-case words that, capitalised after an abbreviation such as "U.S.",
    // show that a new sentence starts ("the", "he", "however").
    WordSet sentence_starters;

    // Builds the resources from files of the kinds abbreviations, titles and
    // sentence-starters (their "#! sitrep <kind> 1" line; files of other kinds
    // are ignored). Pass the built-in data/text/*.txt files, and user files.
    // A missing list is reported as a warning; the stage still works.
    static TextResources defaults_from(const std::vector<SourceFile>& files, Diagnostics& diagnostics);
};

}  // namespace sitrep
