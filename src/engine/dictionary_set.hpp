// Compiles the dictionary files (engine/file_registry.hpp routes files of the
// dictionary kinds here: actors and agents, verbs, discards, the CAMEO event
// table and PETRARCH-2's internal-code table) once into immutable, shareable
// dictionaries.
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
#include "engine/file_registry.hpp"
#include "events/cameo_internal_codes.hpp"
#include "events/cameo_table.hpp"
#include "events/discards.hpp"
#include "events/verb_dictionary.hpp"

namespace sitrep {

struct DictionarySet {
    std::shared_ptr<const ActorDictionary> actors;
    std::shared_ptr<const VerbDictionary> verbs;
    std::shared_ptr<const DiscardList> discards;
    std::shared_ptr<const CameoTable> cameo;
    std::shared_ptr<const InternalCodeOntology> internal_codes;
    // The dictionary files compiled, with their kinds.
    std::vector<DataFile> files;
    // Text of the user files, kept alive for DataFile::content.
    std::vector<std::shared_ptr<const std::string>> owned_text;
    // The paths the dictionaries' SourceRefs point into.
    std::shared_ptr<const SourceTable> sources;
};

// The built-in dictionary files (unless options.use_builtin is false), then the
// user's of a dictionary kind (file_registry.hpp: data_files). A directory, a file
// over kMaxDictionaryBytes, a file of no recognised kind and one most of whose
// lines are unreadable are errors.
DictionarySet load_dictionaries(const EngineOptions& options, Diagnostics& diagnostics);

// The same from files already in memory with their kinds (detected when unknown;
// files of other than dictionary kinds are skipped); used by load_dictionaries, Engine::load and tests.
// Files not yet numbered (DataFile::file 0) are added to `sources` (a new table
// when none is given).
DictionarySet build_dictionaries(std::vector<DataFile> files, Diagnostics& diagnostics,
                                 std::shared_ptr<SourceTable> sources = nullptr);

}  // namespace sitrep
