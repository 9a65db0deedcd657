// sitrep command-line entry point: parses the subcommand and runs it.
#include <exception>
#include <iostream>
#include <new>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"sitrep: turn news reports into coded, verifiable event records"};
    app.require_subcommand(1);
    std::vector<sitrep::cli::Action> actions = {
        sitrep::cli::register_code(app),   sitrep::cli::register_sentences(app), sitrep::cli::register_tokens(app),
        sitrep::cli::register_actors(app), sitrep::cli::register_dict(app),      sitrep::cli::register_validate(app),
        sitrep::cli::register_ingest(app), sitrep::cli::register_query(app),     sitrep::cli::register_serve(app),
    };
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : sitrep::cli::kExitFatal;
    }
    // Whatever escapes a subcommand's own guards ends the run with a message
    // and the fatal exit code, never an abort (issue 13).
    try {
        for (auto& action : actions) {
            if (int rc = action(); rc != sitrep::cli::kExitOk) return rc;
        }
    } catch (const std::bad_alloc&) {
        std::cout.flush();
        std::cerr << "sitrep: out of memory; stopped\n";
        return sitrep::cli::kExitFatal;
    } catch (const std::exception& e) {
        std::cout.flush();
        std::cerr << "sitrep: error: " << e.what() << "; stopped\n";
        return sitrep::cli::kExitFatal;
    }
    return sitrep::cli::kExitOk;
}
