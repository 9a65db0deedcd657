// sitrep's public entry point: an Engine is built once from dictionaries
// (built-in and/or user files), is immutable afterwards and may be shared by
// any number of threads; code() runs the whole pipeline over one Document.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/document.hpp"
#include "core/stage.hpp"

namespace sitrep {

struct EngineOptions {
    std::vector<std::string> dictionary_files;  // user dictionaries, format detected
    bool use_builtin = true;                     // load the embedded data/ dictionaries
    bool require_dyad = false;                   // true: no one-sided events (source but no target)
};

class Engine {
public:
    // Loads and compiles every dictionary. Problems are appended to `diagnostics`;
    // returns nullptr only when the engine cannot be built at all.
    static std::unique_ptr<Engine> load(const EngineOptions& options, Diagnostics& diagnostics);

    // Runs every stage in order; all per-document state lives in `doc`.
    void code(Document& doc) const;

    const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

    explicit Engine(std::vector<std::unique_ptr<Stage>> stages) : stages_(std::move(stages)) {}

private:
    std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace sitrep
