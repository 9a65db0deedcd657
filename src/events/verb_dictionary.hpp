// The compiled verb dictionary: verbs and event nouns, word groups (synsets)
// and the patterns that turn "SOURCE verb ... TARGET" into a CAMEO event code.
//
// It is built once from one or more dictionary files (native `.verbs`,
// PETRARCH-2, TABARI / PETRARCH-1; see verb_importers.hpp), is immutable
// afterwards and is shared by all threads. All text is stored already
// normalised the way the tokenizer fills Token::norm (lower case, dots of
// abbreviations dropped, quotes and dashes unified), so the coder compares
// norms with `==` and never re-normalises per sentence.
//
// Shape of the data, following the dictionaries it is read from:
//   VerbBlock   a group of synonymous verbs sharing one set of patterns and a
//               default code ("--- ATTACK [190] ---" / "verb attack = 190").
//   VerbEntry   one verb (or event noun) of a block, with all its surface forms.
//   VerbForm    one surface form: one or more words, one of them the inflected
//               head ("carried out": head "carried", particle "out").
//   VerbPattern elements before and after the verb, and the code it yields.
//   WordGroup   a synset ("&CURRENCY"): members of one or more words, or other
//               groups; expanded at build time into plain word sequences.
// Built by VerbDictionaryBuilder (verb_dictionary_builder.hpp) from the
// parsers in verb_importers.hpp / verb_native_parser.hpp.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "core/string_hash.hpp"

namespace sitrep {

// An event code as a dictionary writes it. PETRARCH pairs codes "042:043":
// the first is the event from SOURCE to TARGET, the second a reversed event
// from TARGET to SOURCE (A visits B, so B hosts A). Either may be empty:
// "---" is the null code (the match yields no event, and stops less specific
// patterns or the block default from applying), "[:173]" has no primary.
struct EventCodePair {
    std::string primary;   // CAMEO code such as "0256", "" = no event
    std::string reversed;  // "" = no reversed event
    bool null() const { return primary.empty() && reversed.empty(); }
    // "042:043", "190", "---".
    std::string to_string() const;
    friend bool operator==(const EventCodePair&, const EventCodePair&) = default;
};

enum class PatternElementKind : uint8_t {
    verb,           // `*` the verb or noun of the block itself (only in `pattern`)
    word,           // a literal word, compared with Token::norm
    group,          // any member of a word group (`&NAME`): index in groups()
    source,         // the SOURCE actor slot (PETRARCH `$`)
    target,         // the TARGET actor slot (PETRARCH `+`)
    compound,       // PETRARCH `%`: a conjoined actor that is both source and target
                    // ("A and B agreed" -> A->B and B->A)
    skip,           // TABARI `^`: skip over one noun phrase
    prepositional,  // PETRARCH `( ... )`: the children form one prepositional
                    // phrase (preposition first) attached to the verb
    noun_phrase,    // PETRARCH `{ ... }`: the children lie in one noun phrase
};

// One element of a pattern. Groups `( )` and `{ }` hold their elements in
// `children`, in text order; every other kind has no children.
struct PatternElement {
    PatternElementKind kind = PatternElementKind::word;
    std::string word;    // kind == word: the normalised word
    uint32_t group = 0;  // kind == group: index into VerbDictionary::groups()
    // Must immediately follow the previous element in text order (PETRARCH
    // `_` joins, "IN_*"), instead of allowing a few words in between.
    bool adjacent = false;
    std::vector<PatternElement> children;
};

// One pattern of a verb block. `before` and `after` hold the elements on each
// side of the verb, both in text order (so before.back() is nearest the verb).
struct VerbPattern {
    std::vector<PatternElement> before;
    std::vector<PatternElement> after;
    EventCodePair code;
    uint32_t block = 0;  // index into VerbDictionary::blocks()
    // Number of words, groups and slots the pattern must match; the coder
    // prefers the most specific matching pattern (ties: earlier in file).
    uint32_t specificity = 0;
    SourceRef origin;  // the line of the pattern, cited in Event::rule
};

enum class VerbFormKind : uint8_t {
    base,          // "attack" as written
    third_person,  // generated -s / -es / -ies
    past,          // generated -ed / -d / -ied (also past participle)
    gerund,        // generated -ing, with consonant doubling ("stopping")
    irregular,     // listed in the dictionary ("held", "spoke", "spoken")
    plural,        // nouns: generated or listed plural
};

// One surface form of a verb or noun. Multi-word forms keep all their words;
// `head` is the word that inflects and is used for lookup ("carried out":
// words {"carried","out"}, head 0; TABARI "KLM_NOP_+RST": head 2).
struct VerbForm {
    std::vector<std::string> words;
    uint8_t head = 0;
    VerbFormKind kind = VerbFormKind::base;
    // PETRARCH/TABARI `_` between words: the words must be consecutive. Native
    // phrasal particles may be separated by an object ("called the talks off").
    bool consecutive = true;
};

enum class VerbEntryKind : uint8_t { verb, noun };

struct VerbEntry {
    std::string lemma;  // normalised, words joined by ' '
    VerbEntryKind kind = VerbEntryKind::verb;
    uint32_t block = 0;  // index into VerbDictionary::blocks()
    // The code of the verb on its own when no pattern matches: its own code
    // when the dictionary gives one (PETRARCH `ASK [020]`), else the block's.
    EventCodePair code;
    bool has_code = false;  // false: neither verb nor block gives a code
    std::vector<VerbForm> forms;
    SourceRef origin;
};

struct VerbBlock {
    std::string name;  // "ACCELERATE", or the native lemma
    EventCodePair default_code;
    bool has_default = false;        // false when the block is "[---]"
    std::vector<uint32_t> entries;   // indices into entries()
    std::vector<uint32_t> patterns;  // indices into patterns(), file order
    SourceRef origin;
};

// A word group. `expanded` lists every member as a word sequence, nested
// groups resolved and generated plurals added, longest first so the first hit
// is the longest match.
struct WordGroup {
    std::string name;  // without '&', as written, e.g. "CURRENCY"
    std::vector<std::vector<std::string>> expanded;
    SourceRef origin;
};

// Where a token norm occurs as the head word of a verb or noun form.
struct VerbFormRef {
    uint32_t entry = 0;  // index into VerbDictionary::entries()
    uint32_t form = 0;   // index into VerbEntry::forms
};

class VerbDictionary {
public:
    const std::vector<VerbBlock>& blocks() const { return blocks_; }
    const std::vector<VerbEntry>& entries() const { return entries_; }
    const std::vector<VerbPattern>& patterns() const { return patterns_; }
    const std::vector<WordGroup>& groups() const { return groups_; }

    // Every form whose head word is `norm` (hash lookup, no allocation);
    // empty when the word is no verb or event noun.
    std::span<const VerbFormRef> forms_of(std::string_view norm) const;

    // Index of the group named `name` (case-insensitive, without '&'), or -1.
    int32_t find_group(std::string_view name) const;

    // Length in tokens of the longest member of group `group` that starts at
    // tokens[at] and ends at or before `end` (0 = no member matches there).
    uint32_t match_group(uint32_t group, std::span<const Token> tokens, uint32_t at, uint32_t end) const;

    // Patterns of the block behind `entry`, most specific first (ties: file
    // order), ready to be tried in turn.
    std::span<const uint32_t> patterns_for(uint32_t entry) const;

    bool empty() const { return entries_.empty(); }

    // The path of a file an origin names (the files the builder was given), for
    // diagnostics; "" when unknown.
    std::string_view file_path(uint32_t file) const;
    // An origin as "file:line".
    std::string cite(SourceRef origin) const;

private:
    friend class VerbDictionaryBuilder;

    std::vector<std::pair<uint32_t, std::string>> files_;  // SourceRef::file -> path

    std::vector<VerbBlock> blocks_;
    std::vector<VerbEntry> entries_;
    std::vector<VerbPattern> patterns_;
    std::vector<WordGroup> groups_;
    std::unordered_map<std::string, std::vector<VerbFormRef>, StringHash, std::equal_to<>> by_head_;
    StringMap<uint32_t> group_by_name_;
    // Per block: its patterns sorted most specific first.
    std::vector<std::vector<uint32_t>> ordered_patterns_;
};

}  // namespace sitrep
