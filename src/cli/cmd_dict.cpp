// sitrep dict check FILES...: validates data and dictionary files of every kind
// (sitrep native files of any "#! sitrep <kind> 1": actors, verbs, places,
// word classes ...; PETRARCH/TABARI actors, agents, verbs, discards) and prints
// every problem as file:line. Exit 0 when no file has errors, 2 otherwise (the
// same files make `sitrep code --dictionary` stop with exit 2).
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "sitrep/engine.hpp"

namespace sitrep::cli {

namespace {

// One loader, one verdict: each file is loaded exactly as `code --dictionary
// FILE` loads it (check_data_file), and is "ok" exactly when `code` would accept it.
int check_files(const std::vector<std::string>& files, bool quiet) {
    bool clean = true;
    for (const auto& path : files) {
        Diagnostics diags;
        const std::string kind = check_data_file(path, diags);
        bool ok = true;
        size_t warnings = 0;
        for (const auto& d : diags) {
            ok = ok && d.severity != Severity::error;
            warnings += d.severity == Severity::warning;
        }
        print_diagnostics(diags, quiet);
        clean = clean && ok;
        std::cout << escape_controls(path) << ": " << kind << ", " << (ok ? "ok" : "ERRORS");
        if (warnings) std::cout << " (" << warnings << " warnings)";
        std::cout << '\n';
    }
    return clean ? kExitOk : kExitFatal;
}

}  // namespace

Action register_dict(CLI::App& app) {
    auto* dict = app.add_subcommand("dict", "Work with dictionary files");
    auto* check = dict->add_subcommand(
        "check", "Validate data and dictionary files of any kind (actors, verbs, places, word classes ...)");
    auto files = std::make_shared<std::vector<std::string>>();
    auto quiet = std::make_shared<bool>(false);
    check->add_option("files", *files, "Data or dictionary files")->required();
    check->add_flag("-q,--quiet", *quiet, "Print errors only, not warnings");
    dict->require_subcommand(1);
    return [check, files, quiet]() { return check->parsed() ? check_files(*files, *quiet) : kExitOk; };
}

}  // namespace sitrep::cli
