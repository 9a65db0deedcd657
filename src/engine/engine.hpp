// sitrep's public entry point: an Engine is built once from dictionaries
// (built-in and/or user files), is immutable afterwards and may be shared by
// any number of threads; code() runs the pipeline over one Document.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/document.hpp"
#include "core/layer.hpp"
#include "core/stage.hpp"

namespace sitrep {

// A dictionary given as text rather than as a file on disk (tests, bindings).
struct DictionaryText {
    std::string path;  // names it in diagnostics and rules; its kind is detected as for a file
    std::string content;
};

struct EngineOptions {
    std::vector<std::string> dictionary_files;     // user dictionaries, format detected
    std::vector<DictionaryText> dictionary_texts;  // the same, in memory; read after the files
    bool use_builtin = true;                       // load the embedded data/ dictionaries
    bool require_dyad = false;                     // true: no one-sided events (source but no target)
    // Build only the stages that fill these layers and the layers they read, and load
    // only their data: Layer::sentences gives the text stage alone (no dictionaries,
    // gazetteer or event coder). Unset: the whole pipeline.
    std::optional<Layers> until;
};

class Engine {
public:
    // Loads and compiles the dictionaries the pipeline needs and checks the order of
    // its stages. Problems are appended to `diagnostics`; returns nullptr only when
    // the engine cannot be built at all.
    static std::unique_ptr<Engine> load(const EngineOptions& options, Diagnostics& diagnostics);

    // A pipeline of stages built elsewhere, in the order given. nullptr, with an
    // error for each, when a stage reads a layer that no earlier stage writes.
    // `sources`: the file table the stages' SourceRefs point into (DictionarySet::sources).
    static std::unique_ptr<Engine> from_stages(std::vector<std::unique_ptr<Stage>> stages, Diagnostics& diagnostics,
                                               std::shared_ptr<const SourceTable> sources = nullptr);

    // Runs every stage in order; all per-document state lives in `doc`. Each stage
    // replaces the layers it writes, so coding a Document again gives the same layers.
    void code(Document& doc) const;

    const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }
    // Every layer some stage of this engine writes.
    Layers writes() const;
    // Every data and dictionary file it read, numbered: what the rules of the
    // documents it codes point into (Document::sources, Document::rule_text).
    const std::shared_ptr<const SourceTable>& sources() const { return sources_; }

private:
    Engine(std::vector<std::unique_ptr<Stage>> stages, std::shared_ptr<const SourceTable> sources)
        : stages_(std::move(stages)), sources_(std::move(sources)) {}
    std::vector<std::unique_ptr<Stage>> stages_;
    std::shared_ptr<const SourceTable> sources_;
};

// Reads one user file as `--dictionary FILE` does and loads it into throwaway
// tables of its kind (a dictionary together with the built-in ones, so CAMEO codes
// are checked against the same table); every problem goes to `diagnostics`, a
// refused file's naming file, line and why. Returns the kind's name ("actors",
// "places", "PETRARCH verbs"), "unknown" when the file is refused. `sitrep dict check`.
std::string check_data_file(const std::string& path, Diagnostics& diagnostics);

// Whether every layer each contract reads is written by an earlier one; adds an
// error naming the stage and the layer for each that is not.
bool check_stage_order(const std::vector<const StageContract*>& pipeline, Diagnostics& diagnostics);

// Which stages of `pipeline` (in order) fill the layers `until`: every stage that writes
// one and, going back, every earlier stage that writes a layer a chosen one reads.
std::vector<bool> stages_for(const std::vector<const StageContract*>& pipeline, Layers until);

}  // namespace sitrep
