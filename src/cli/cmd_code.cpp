// sitrep code (placeholder until its issue lands).
#include "cli/commands.hpp"

namespace sitrep::cli {

Action register_code(CLI::App& app) {
    auto* cmd = app.add_subcommand("code", "not yet implemented");
    return [cmd]() { return cmd->parsed() ? kExitFatal : kExitOk; };
}

}  // namespace sitrep::cli
