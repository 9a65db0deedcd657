// sitrep dict check FILES...: validates dictionaries of any supported format
// (sitrep native, PETRARCH/TABARI actors, agents and verbs) and prints every
// problem as file:line. Exit 0 when no file has errors, 2 otherwise (the
// same files make `sitrep code --dictionary` stop with exit 2).
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "engine/dictionary_set.hpp"

namespace sitrep::cli {

namespace {

// One loader, one verdict: each file is loaded exactly as `code --dictionary
// FILE` loads it (with the built-in dictionaries, so CAMEO codes are checked
// against the same table), and is "ok" exactly when `code` would accept it.
int check_files(const std::vector<std::string>& files, bool quiet) {
    bool clean = true;
    for (const auto& path : files) {
        EngineOptions options;
        options.dictionary_files = {path};
        Diagnostics diags;
        const DictionarySet set = load_dictionaries(options, diags);
        bool ok = true;
        size_t warnings = 0;
        for (const auto& d : diags) {
            ok = ok && d.severity != Severity::error;
            warnings += d.severity == Severity::warning;
        }
        print_diagnostics(diags, quiet);
        clean = clean && ok;
        DictionaryKind kind = DictionaryKind::other;
        for (const auto& f : set.files)
            if (!f.builtin && f.path == path) kind = f.kind;
        std::cout << escape_controls(path) << ": " << to_string(kind) << ", " << (ok ? "ok" : "ERRORS");
        if (warnings) std::cout << " (" << warnings << " warnings)";
        std::cout << '\n';
    }
    return clean ? kExitOk : kExitFatal;
}

}  // namespace

Action register_dict(CLI::App& app) {
    auto* dict = app.add_subcommand("dict", "Work with dictionary files");
    auto* check = dict->add_subcommand("check", "Validate dictionary files (actors, agents, verbs; format detected)");
    auto files = std::make_shared<std::vector<std::string>>();
    auto quiet = std::make_shared<bool>(false);
    check->add_option("files", *files, "Dictionary files")->required();
    check->add_flag("-q,--quiet", *quiet, "Print errors only, not warnings");
    dict->require_subcommand(1);
    return [check, files, quiet]() { return check->parsed() ? check_files(*files, *quiet) : kExitOk; };
}

}  // namespace sitrep::cli
