// Options shared by the subcommands that read documents (code, sentences,
// tokens, and any other that wants them): input paths, --date,
// --input-format, and the engine's --dictionary / --no-builtin.
#pragma once
#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/batch.hpp"  // ReaderOptions
#include "sitrep/engine.hpp"

namespace sitrep::cli {

struct InputOptions {
    std::vector<std::string> paths;  // none means stdin
    std::string date;
    std::string input_format = "auto";
    std::size_t max_record_mib = 64;

    void add_to(CLI::App& cmd);
    // Reader options from the flags; nullopt and a message in `error` when one is bad.
    std::optional<io::ReaderOptions> reader_options(std::string& error) const;
    std::vector<std::string> inputs() const;
};

struct EngineFlags {
    std::vector<std::string> dictionaries;
    bool no_builtin = false;
    bool require_dyad = false;  // --require-dyad: no one-sided events

    void add_to(CLI::App& cmd);
    EngineOptions options() const;
};

// Loads the engine, printing its diagnostics to stderr (warnings only when
// not `quiet`). nullptr when it cannot be built or a dictionary has errors.
std::unique_ptr<Engine> load_engine_or_report(const EngineOptions& options, bool quiet);

// Prints "file:line: severity: message" lines to stderr, one line each:
// control characters (C0, DEL, C1 such as NEL, U+2028/U+2029) from file
// names or input are written as \xNN / \uNNNN escapes, never raw.
void print_diagnostic(const Diagnostic& diagnostic, bool quiet);
void print_diagnostics(const Diagnostics& diagnostics, bool quiet);
// The escaping print_diagnostic applies.
std::string escape_controls(std::string_view text);

}  // namespace sitrep::cli
