// sitrep command-line entry point: parses the subcommand and runs it.
#include <iostream>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"sitrep: turn news reports into coded, verifiable event records"};
    app.require_subcommand(1);
    std::vector<sitrep::cli::Action> actions = {
        sitrep::cli::register_code(app),   sitrep::cli::register_sentences(app),
        sitrep::cli::register_tokens(app), sitrep::cli::register_actors(app),
        sitrep::cli::register_dict(app),   sitrep::cli::register_validate(app),
    };
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : sitrep::cli::kExitFatal;
    }
    for (auto& action : actions) {
        if (int rc = action(); rc != sitrep::cli::kExitOk) return rc;
    }
    return sitrep::cli::kExitOk;
}
