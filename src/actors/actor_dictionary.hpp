// Actor recognition dictionaries: entries (countries, organisations, people,
// groups) and agents (role words such as "troops" -> MIL that combine with a
// country), each with date-bounded CAMEO codes and the "file:line" they came
// from, compiled once into an immutable token-trie matcher shared by threads.
//
// Usage:
//   sitrep::ActorDictionaryBuilder builder;
//   sitrep::Diagnostics diags;
//   builder.load(content, "data/actors/countries.actors", diags);  // format detected
//   builder.load_petrarch_actors(phoenix_text, "Phoenix.Countries.actors.txt", diags);
//   std::shared_ptr<const sitrep::ActorDictionary> dict = builder.compile();
//   sitrep::ActorStage stage(dict);   // actors/actor_stage.hpp; fills Document::actors
//
// Phrases are stored as sequences of normalised tokens (the same normalisation the
// tokenizer gives Token::norm), so "U.S.", "US" and "us" are one key.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_code.hpp"
#include "actors/token_trie.hpp"
#include "core/diagnostic.hpp"
#include "core/source_file.hpp"

namespace sitrep {

enum class EntryKind : uint8_t { actor, agent };

// Where an agent's role code goes relative to the country code it joins:
// PETRARCH "[~MIL]" appends (IRQ + MIL = IRQMIL), "[NGO~]" prefixes (NGO + IRQ).
enum class AgentPlacement : uint8_t { suffix, prefix };

// One dictionary entry with all its names and codes.
struct ActorEntry {
    EntryKind kind = EntryKind::actor;
    std::string name;                                   // display name (first phrase or the native [Name])
    SourceRef origin;                                   // the entry's first line
    std::string role;                                   // free text (native `role:`)
    std::string sector;                                 // PLOVER actor type (native `sector:`), may be empty
    std::vector<DatedCode> codes;                       // dated and default codes, file order
    AgentPlacement placement = AgentPlacement::suffix;  // agents only
    // Affiliation affixes ("allied", "backed", "led"): "<country>-allied X".
    std::vector<std::string> affixes;
};

// One synonym of an entry as a token sequence.
struct ActorPhrase {
    std::vector<std::string> norms;
    uint32_t entry = 0;
    SourceRef origin;  // the line that named it
    // Bit i set: token i was written as an acronym in capitals ("US", "IS") and
    // matches only text written in capitals, so "us" and "is" stay words.
    uint64_t capitals = 0;
};

enum class ActorFileFormat : uint8_t {
    native_actors,    // "#! sitrep actors 1"
    native_agents,    // "#! sitrep agents 1"
    petrarch_actors,  // TABARI / PETRARCH-1 / PETRARCH-2 actors
    petrarch_agents,  // TABARI / PETRARCH agents ("[~MIL]")
    verbs,            // a verbs dictionary (not ours)
    unknown,
};

const char* to_string(ActorFileFormat f);

// Recognises the format from the first line or, failing that, from the content.
ActorFileFormat detect_actor_file_format(std::string_view content);

// The resolved code of an entry on a date, and the line it came from.
struct ResolvedCode {
    const DatedCode* code = nullptr;  // nullptr: the entry has no code at all
    bool by_default = false;          // no dated code covered the date
};

class ActorDictionary {
public:
    const TokenTrie& trie() const { return trie_; }
    const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
    const ActorPhrase& phrase(uint32_t id) const { return phrases_[id]; }
    size_t entry_count() const { return entries_.size(); }
    size_t phrase_count() const { return phrases_.size(); }

    // The code an entry carries on `date`: the first dated code (file order) whose
    // [from, until) covers it, else the default code. Without a date: the default
    // code, else the dated code that starts latest.
    ResolvedCode resolve(uint32_t entry, std::optional<Date> date) const;

    // Agent entry ids reachable by an affix word ("allied"), or empty.
    const std::vector<uint32_t>* affix_entries(std::string_view affix) const;

    // Approximate heap bytes held by the compiled dictionary.
    size_t memory_bytes() const;

private:
    friend class ActorDictionaryBuilder;
    std::vector<ActorEntry> entries_;
    std::vector<ActorPhrase> phrases_;
    TokenTrie trie_;
    std::vector<std::pair<std::string, std::vector<uint32_t>>> affixes_;  // sorted
};

class ActorDictionaryBuilder {
public:
    // Each loader appends entries; problems go to `diagnostics` with file:line and
    // the rest of the file still loads. Return false when the file had errors.
    bool load(const SourceFile& file, Diagnostics& diagnostics);
    bool load_native(const SourceFile& file, Diagnostics& diagnostics);
    bool load_petrarch_actors(const SourceFile& file, Diagnostics& diagnostics);
    bool load_petrarch_agents(const SourceFile& file, Diagnostics& diagnostics);

    // Adds one entry and its phrases (raw text, normalised here). Returns its id.
    // With `acronyms_need_capitals`, tokens written in capitals ("US", "ISIL") match
    // only capitalised text; all-capitals legacy files pass false.
    uint32_t add_entry(ActorEntry entry);
    void add_phrase(uint32_t entry, std::string_view text, SourceRef origin, bool acronyms_need_capitals = false);
    // Adds an already normalised phrase.
    void add_normalized_phrase(uint32_t entry, std::vector<std::string> norms, SourceRef origin);

    size_t entry_count() const { return entries_.size(); }
    size_t phrase_count() const { return phrases_.size(); }

    // Builds the immutable matcher. When two entries share a phrase, the one loaded
    // last wins for its kind (so user files override built-in ones).
    std::shared_ptr<const ActorDictionary> compile() const;

private:
    std::vector<ActorEntry> entries_;
    std::vector<ActorPhrase> phrases_;
};

// Loads every actors/agents file of `files` whose path ends in ".actors" or
// ".agents" (other files are skipped) and compiles them, e.g. the built-in
// data/actors files followed by the user's --dictionary files.
std::shared_ptr<const ActorDictionary> build_actor_dictionary(const std::vector<SourceFile>& files,
                                                              Diagnostics& diagnostics);

// True for a word with two or more capitals and no lower-case letter ("US", "U.N.").
bool written_in_capitals(std::string_view word);

// Validates one actors/agents file of any supported format (for `sitrep dict check`).
// Returns false when it has errors (or is not an actors/agents file).
bool check_actor_dictionary(const SourceFile& file, Diagnostics& diagnostics);

}  // namespace sitrep
