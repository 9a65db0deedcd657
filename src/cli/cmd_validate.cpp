// sitrep validate: codes the records of a PETRARCH/TABARI validation suite
// (records-dev.xml) and reports, per record and per category, whether sitrep
// produced exactly the expected (source, target, code) triples. The report
// ends with the line "N passed, M failed" (or a JSON report with --json).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "sitrep/validation.hpp"

namespace sitrep::cli {
namespace {

struct ValidateOptions {
    std::string suite_file;
    EngineFlags engine;
    bool verbose = false;
    bool json = false;
};

int run_validate(const ValidateOptions& options) {
    std::ifstream in(options.suite_file, std::ios::binary);
    if (!in) {
        std::cerr << "sitrep validate: cannot open " << options.suite_file << '\n';
        return kExitFatal;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    Diagnostics diagnostics;
    const ValidationSuite suite = read_validation_suite(buffer.str(), options.suite_file, diagnostics);
    print_diagnostics(diagnostics, !options.verbose);
    diagnostics.clear();
    // An empty or garbage file is no suite: "0 passed, 0 failed" and exit 0
    // would read as success (issue 13).
    if (suite.records.empty()) {
        std::cerr << "sitrep validate: " << escape_controls(options.suite_file)
                  << ": no validation record found (expected PETRARCH/TABARI XML <Sentence> records)\n";
        return kExitFatal;
    }

    EngineOptions engine_options = options.engine.options();
    // A suite that names its dictionaries (<Environment><Verbfile>...) is coded
    // with them when the user gives none.
    if (engine_options.dictionary_files.empty() && !suite.environment_files.empty()) {
        const auto dir = std::filesystem::path(options.suite_file).parent_path();
        for (const auto& name : suite.environment_files) {
            const auto path = dir / name;
            if (std::filesystem::exists(path)) {
                engine_options.dictionary_files.push_back(path.string());
                std::cerr << "sitrep validate: using the suite's dictionary " << path.string() << '\n';
            }
        }
    }
    auto engine = Engine::load(engine_options, diagnostics);
    print_diagnostics(diagnostics, !options.verbose);
    if (!engine) {
        std::cerr << "sitrep validate: the engine could not be built\n";
        return kExitFatal;
    }
    const ValidationReport report = run_validation(suite, *engine);
    if (options.json)
        std::cout << validation_report_json(report).dump(2) << '\n';
    else
        print_validation_report(std::cout, report, options.verbose);
    return report.failed == 0 ? kExitOk : kExitRejected;
}

}  // namespace

Action register_validate(CLI::App& app) {
    auto options = std::make_shared<ValidateOptions>();
    auto* cmd = app.add_subcommand("validate", "Score sitrep on a PETRARCH/TABARI validation suite (XML)");
    cmd->add_option("file", options->suite_file, "Validation records, e.g. records-dev.xml")->required();
    options->engine.add_to(*cmd);
    cmd->add_flag("--verbose,-v", options->verbose, "List passing records and warnings too");
    cmd->add_flag("--json", options->json, "Write the report as JSON");
    return [cmd, options]() { return cmd->parsed() ? run_validate(*options) : kExitOk; };
}

}  // namespace sitrep::cli
