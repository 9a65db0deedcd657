// Loads every dictionary the engine is built from, the built-in data/ files
// (unless --no-builtin) followed by the user's --dictionary files, detects each
// file's kind and format, and compiles them once into immutable, shareable
// dictionaries: actors and agents, verbs, discards, the CAMEO event table and
// PETRARCH-2's internal-code table.
//
// Order matters only where a later file overrides an earlier one (actor
// phrases, CAMEO rows): user files come last, so they win.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_dictionary.hpp"
#include "core/diagnostic.hpp"
#include "engine/engine.hpp"
#include "events/cameo_internal_codes.hpp"
#include "events/cameo_table.hpp"
#include "events/discards.hpp"
#include "events/verb_dictionary.hpp"

namespace sitrep {

enum class DictionaryKind : uint8_t {
    native_actors,    // "#! sitrep actors 1"
    native_agents,    // "#! sitrep agents 1"
    native_verbs,     // "#! sitrep verbs 1"
    native_cameo,     // "#! sitrep cameo 1"
    petrarch_actors,  // TABARI / PETRARCH actors
    petrarch_agents,  // TABARI / PETRARCH agents ("[~MIL]")
    petrarch_verbs,   // PETRARCH-2 / PETRARCH-1 / TABARI verbs
    discards,         // PETRARCH discards, or "#! sitrep discards 1"
    internal_codes,   // PETRARCH-2 internal coding ontology ("021:0x2070")
    other,            // not a dictionary this loader compiles (e.g. data/text/*.txt)
};

const char* to_string(DictionaryKind kind);

// Recognises a file's kind from its first line ("#! sitrep ..."), its name
// ("*discards*", "*Ontology*", "*verbs*") and, failing those, its content.
DictionaryKind detect_dictionary_kind(std::string_view path, std::string_view content);

struct DictionaryFile {
    std::string path;          // "data/verbs/01-statements.verbs" or the user's path
    std::string_view content;  // owned by builtin_files() or DictionarySet::owned_text
    DictionaryKind kind = DictionaryKind::other;
    bool builtin = false;
};

struct DictionarySet {
    std::shared_ptr<const ActorDictionary> actors;
    std::shared_ptr<const VerbDictionary> verbs;
    std::shared_ptr<const DiscardList> discards;
    std::shared_ptr<const CameoTable> cameo;
    std::shared_ptr<const InternalCodeOntology> internal_codes;
    // Every file seen, with its detected kind. Files of kind `other` (built-in
    // text, syntax, date and context data) are left to the stages that own them.
    std::vector<DictionaryFile> files;
    // Text of the user files, kept alive for DictionaryFile::content.
    std::vector<std::shared_ptr<const std::string>> owned_text;
};

// The largest dictionary file read (docs/RELIABILITY.md); the built-in data
// is under 10 MiB in all.
inline constexpr size_t kMaxDictionaryBytes = size_t{256} << 20;

// Built-in files (unless options.use_builtin is false), then options.dictionary_files
// read from disk, then options.dictionary_texts. A directory, a file over kMaxDictionaryBytes, a file of no
// recognised format and one most of whose lines are unreadable are errors.
DictionarySet load_dictionaries(const EngineOptions& options, Diagnostics& diagnostics);

// The same from files already in memory (kinds detected when `other`); used by
// load_dictionaries and by tests.
DictionarySet build_dictionaries(std::vector<DictionaryFile> files, Diagnostics& diagnostics);

}  // namespace sitrep
