#include "cli/input_options.hpp"

#include <iostream>

namespace sitrep::cli {

void InputOptions::add_to(CLI::App& cmd) {
    cmd.add_option("inputs", paths,
                   "Files, directories (read recursively) or - for stdin; stdin when none");
    cmd.add_option("--date", date, "Story date YYYY-MM-DD for text input and records without a date");
    cmd.add_option("--input-format", input_format,
                   "text or jsonl (default: by extension, .jsonl/.ndjson[.gz|.zst] are JSON Lines)")
        ->check(CLI::IsMember({"auto", "text", "jsonl"}));
    cmd.add_option("--max-record-mib", max_record_mib, "Largest record or text document read, in MiB")
        ->check(CLI::Range(1, 4096));
}

std::optional<io::ReaderOptions> InputOptions::reader_options(std::string& error) const {
    io::ReaderOptions options;
    auto format = io::parse_input_format(input_format);
    if (!format) {
        error = "unknown --input-format '" + input_format + "' (use text or jsonl)";
        return std::nullopt;
    }
    options.format = *format;
    if (!date.empty()) {
        options.story_date = Date::parse_iso(date);
        if (!options.story_date) {
            error = "bad --date '" + date + "' (expected YYYY-MM-DD)";
            return std::nullopt;
        }
    }
    options.max_record_bytes = max_record_mib << 20;
    return options;
}

std::vector<std::string> InputOptions::inputs() const {
    return paths.empty() ? std::vector<std::string>{"-"} : paths;
}

void EngineFlags::add_to(CLI::App& cmd) {
    cmd.add_option("--dictionary", dictionaries, "Extra dictionary file (repeatable; format detected)")
        ->take_all()
        ->allow_extra_args(false);
    cmd.add_flag("--no-builtin", no_builtin, "Leave out the built-in dictionaries");
    cmd.add_flag("--require-dyad", require_dyad, "Keep only events with both a source and a target");
}

EngineOptions EngineFlags::options() const {
    EngineOptions options;
    options.dictionary_files = dictionaries;
    options.use_builtin = !no_builtin;
    options.require_dyad = require_dyad;
    return options;
}

void print_diagnostics(const Diagnostics& diagnostics, bool quiet) {
    for (const auto& d : diagnostics) {
        if (quiet && d.severity == Severity::warning) continue;
        std::cerr << d.format() << '\n';
    }
}

std::unique_ptr<Engine> load_engine_or_report(const EngineOptions& options, bool quiet) {
    Diagnostics diagnostics;
    auto engine = Engine::load(options, diagnostics);
    print_diagnostics(diagnostics, quiet);
    bool errors = false;
    for (const auto& d : diagnostics) errors = errors || d.severity == Severity::error;
    if (!engine || errors) {
        std::cerr << "sitrep: cannot build the engine from the dictionaries\n";
        return nullptr;
    }
    return engine;
}

}  // namespace sitrep::cli
