// A trained bigram part-of-speech model with Penn Treebank tags: per word, the
// tags it was seen with and how often; per tag, the probability of each next
// tag; per unknown-word class (-cap-, -ed-, -ing-, ...), a tag distribution.
// sitrep reads the model Debian ships as plain data in liblingua-en-tagger-perl
// (Lingua::EN::Tagger, GPL-3; words.yml, tags.yml, unknown.yml) at engine load;
// the data is never copied into this repository. Built once, read by all threads.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/document.hpp"
#include "syntax/word_table.hpp"

namespace sitrep {

// Index of a Penn tag in the model's tag table (at most kMaxPennTags tags).
using PennTag = uint8_t;
inline constexpr size_t kMaxPennTags = 64;

// One tag a word may take, with log P(tag | word) - log P(tag): the emission
// score of an HMM up to a per-word constant (a scaled likelihood).
struct PennEmission {
    PennTag tag = 0;
    float score = 0;
};

struct PennEmissions {
    const PennEmission* begin_ = nullptr;
    const PennEmission* end_ = nullptr;
    const PennEmission* begin() const { return begin_; }
    const PennEmission* end() const { return end_; }
    bool empty() const { return begin_ == end_; }
};

// Tags the tagger refers to by name, resolved once at load (-1 when absent).
struct PennTagIds {
    int noun = -1, adjective = -1, possessive = -1;
    int base = -1, present = -1, past = -1, participle = -1, gerund = -1, third_person = -1;
    int plural_noun = -1;
};

class PennModel {
public:
    // Each parser reads one of the three files, in any order; a bad line is an
    // error naming file:line and the rest still loads.
    void load_words(std::string_view path, std::string_view content, Diagnostics& diagnostics);
    void load_transitions(std::string_view path, std::string_view content, Diagnostics& diagnostics);
    void load_unknown_classes(std::string_view path, std::string_view content, Diagnostics& diagnostics);
    // Turns counts into scores; call after the loads (again after more loads).
    void finish();

    // Usable once the three files gave words, transitions and classes.
    bool ready() const { return ready_; }

    // The word's tags, trying it as written, then with a lower-case first
    // letter, then `norm`, then `norm` in American spelling ("-ised" ->
    // "-ized"); empty when the model never saw it.
    PennEmissions word(std::string_view surface, std::string_view norm) const;
    // The tags of the unknown-word class of `surface` (Lingua::EN::Tagger's classes).
    PennEmissions unknown(std::string_view surface) const;
    // log P(next | prev); a floor for pairs never seen.
    float transition(PennTag prev, PennTag next) const { return transitions_[prev * kMaxPennTags + next]; }
    // The tag that starts a sentence (after a sentence end, "pp").
    PennTag sentence_start() const { return start_; }

    size_t tag_count() const { return tag_names_.size(); }
    std::string_view tag_name(PennTag t) const { return tag_names_[t]; }
    PartOfSpeech part_of_speech(PennTag t) const { return tag_pos_[t]; }
    // log P(tag) over the words' counts: score + log_prior = log P(tag | word).
    float log_prior(PennTag t) const { return log_prior_[t]; }
    const PennTagIds& ids() const { return ids_; }
    // The usual Penn tag of a sitrep tag ("determiner" -> det), or -1.
    int representative(PartOfSpeech pos) const { return representative_[static_cast<size_t>(pos)]; }
    // Index of a tag name, or -1.
    int find_tag(std::string_view name) const;
    size_t word_count() const { return words_.size(); }

private:
    struct Counts {
        uint32_t first = 0;  // into counts_
        uint32_t size = 0;
    };
    struct RawCount {
        PennTag tag;
        float count;
    };
    using WordMap = WordTable<Counts>;

    int intern_tag(std::string_view name);
    void parse_counts(std::string_view path, std::string_view content, Diagnostics& diagnostics, bool classes);
    PennEmissions lookup(const WordMap& map, std::string_view key) const;
    PennEmissions american_spelling(std::string_view norm) const;
    PennEmissions emissions(Counts c) const {
        return {emissions_.data() + c.first, emissions_.data() + c.first + c.size};
    }

    std::vector<std::string> tag_names_;  // reserved to kMaxPennTags: tag_index_ views them
    WordTable<int> tag_index_;
    std::vector<PartOfSpeech> tag_pos_;
    std::vector<std::unique_ptr<char[]>> key_blocks_;  // keys of words_/classes_ live here
    WordMap words_;
    WordMap classes_;
    std::vector<RawCount> counts_;         // as read; finish() turns them into emissions_
    std::vector<PennEmission> emissions_;  // after finish()
    std::array<float, kMaxPennTags * kMaxPennTags> transitions_{};
    std::array<bool, kMaxPennTags> has_transitions_{};
    std::array<int, 32> representative_{};
    std::array<float, kMaxPennTags> log_prior_{};
    PennTagIds ids_;
    PennTag start_ = 0;
    bool ready_ = false;
};

// Where Debian installs the model (liblingua-en-tagger-perl).
inline constexpr const char* kPackagedPennModelDir = "/usr/share/perl5/Lingua/EN/Tagger";
inline constexpr const char* kPackagedPennModelSource =
    "Lingua::EN::Tagger (GPL-3) via Debian liblingua-en-tagger-perl";

// Reads the three files from `dir`; null and one warning when they are absent
// or unusable (the tagger then falls back to its rules).
std::shared_ptr<const PennModel> load_packaged_penn_model(Diagnostics& diagnostics,
                                                          const std::string& dir = kPackagedPennModelDir);

}  // namespace sitrep
