// sitrep dict check FILES...: validates dictionaries of any supported format
// (sitrep native, PETRARCH/TABARI actors, agents and verbs) and prints every
// problem as file:line. Exit 0 when no file has errors, 1 otherwise.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "actors/actor_dictionary.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "events/verb_native_parser.hpp"
#include "events/verb_petrarch_reader.hpp"

namespace sitrep::cli {

namespace {

bool has_errors(const Diagnostics& d, size_t from) {
    for (size_t i = from; i < d.size(); ++i)
        if (d[i].severity == Severity::error) return true;
    return false;
}

// Verbs files are the events module's; read them with its readers.
void check_verbs(const std::string& path, const std::string& content, Diagnostics& diags) {
    VerbDictionaryBuilder builder;
    const bool native = content.rfind("#! sitrep verbs", 0) == 0;
    if (native)
        read_native_verbs(content, path, builder, diags);
    else
        read_petrarch_verbs(content, path, builder, diags);
    builder.build(diags);
}

int check_files(const std::vector<std::string>& files, bool quiet) {
    bool clean = true;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << path << ": error: cannot read file\n";
            clean = false;
            continue;
        }
        std::ostringstream s;
        s << in.rdbuf();
        const std::string content = s.str();
        Diagnostics diags;
        const ActorFileFormat format = detect_actor_file_format(content);
        if (format == ActorFileFormat::verbs)
            check_verbs(path, content, diags);
        else
            check_actor_dictionary(path, content, diags);
        print_diagnostics(diags, quiet);
        const bool ok = !has_errors(diags, 0);
        clean = clean && ok;
        size_t warnings = 0;
        for (const auto& d : diags) warnings += d.severity == Severity::warning;
        std::cout << path << ": " << to_string(format) << ", " << (ok ? "ok" : "ERRORS");
        if (warnings) std::cout << " (" << warnings << " warnings)";
        std::cout << '\n';
    }
    return clean ? kExitOk : kExitRejected;
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
