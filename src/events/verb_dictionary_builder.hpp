// Collects verb blocks and word groups read from any number of dictionary
// files (native, PETRARCH-2, TABARI / PETRARCH-1), then compiles them into an
// immutable VerbDictionary: generates regular inflections, resolves group
// references (nested groups included, cycles reported), orders patterns by
// specificity and builds the head-word hash index.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source_file.hpp"
#include "events/verb_dictionary.hpp"

namespace sitrep {

class InternalCodeOntology;

// A member of a word group as read: a word sequence, or a nested group.
struct WordGroupMemberSource {
    std::vector<std::string> words;  // normalised; empty when `group` is set
    std::string group;               // nested group name (no '&'), or ""
    bool generate_plural = true;     // PETRARCH: members ending in '_' keep one form
    SourceRef origin;
};

struct WordGroupSource {
    std::string name;  // without '&'
    std::vector<WordGroupMemberSource> members;
    SourceRef origin;
};

// A verb or noun as read. `listed_forms` are the forms written out in the
// file; when `generate_regular` is set the builder adds -s/-ed/-ing (verbs) or
// plurals (nouns) of the head word, keeping the other words as they are.
struct VerbSource {
    std::vector<std::string> words;  // base form, normalised
    uint8_t head = 0;
    VerbEntryKind kind = VerbEntryKind::verb;
    std::vector<VerbForm> listed_forms;
    bool generate_regular = true;
    bool consecutive = true;
    std::optional<EventCodePair> code;
    SourceRef origin;
};

// A pattern as read: `elements` in text order, containing exactly one
// PatternElementKind::verb at top level. Group elements carry the group name
// in `word` until the builder resolves it.
struct VerbPatternSource {
    std::vector<PatternElement> elements;
    EventCodePair code;
    SourceRef origin;
};

struct VerbBlockSource {
    std::string name;
    std::optional<EventCodePair> default_code;
    std::vector<VerbSource> verbs;
    std::vector<VerbPatternSource> patterns;
    SourceRef origin;
};

// Limits on word-group expansion (docs/RELIABILITY.md): past each, an error
// names the group and the rest is ignored. The shipped and PETRARCH
// dictionaries stay far below the defaults; the fuzz target sets lower ones so
// that it reaches the limits in milliseconds, not seconds.
struct WordGroupLimits {
    size_t depth = 64;                  // groups inside groups
    size_t phrases_per_group = 100000;  // phrases one group expands to
    size_t phrases_in_all = 1000000;    // phrases all groups expand to
};

class VerbDictionaryBuilder {
public:
    // The file the sources added next come from (the readers call this), so that
    // diagnostics of build() can name it.
    void add_file(const SourceFile& file);
    void add_group(WordGroupSource group);
    void add_block(VerbBlockSource block);
    void set_limits(WordGroupLimits limits) { limits_ = limits; }

    // Compiles everything added so far. Problems (unknown groups, group
    // cycles, patterns without a verb) become diagnostics naming the origin;
    // the offending pattern is dropped and the rest is kept. Codes written as
    // PETRARCH-2 internal hex codes ("0x2070") are translated with `ontology`
    // when given.
    VerbDictionary build(Diagnostics& diagnostics, const InternalCodeOntology* ontology = nullptr) const;

    size_t block_count() const { return blocks_.size(); }
    size_t group_count() const { return groups_.size(); }

private:
    std::vector<WordGroupSource> groups_;
    std::vector<VerbBlockSource> blocks_;
    std::vector<std::pair<uint32_t, std::string>> files_;  // SourceRef::file -> path
    WordGroupLimits limits_;
};

// Regular English inflections of one verb: third person (-s/-es/-ies), past
// (-ed/-d/-ied, doubling a final consonant after a single stressed vowel) and
// gerund (-ing). Possibly more than one spelling per slot ("traveled",
// "travelled"), since the stress of a longer word is unknown.
struct RegularVerbForms {
    std::vector<std::string> third_person, past, gerund;
};
RegularVerbForms regular_verb_forms(std::string_view base);

// Regular plural of a noun: -s, -es after s/x/z/ch/sh, -ies after consonant+y.
std::string regular_plural(std::string_view noun);

}  // namespace sitrep
