// sitrep tokens (placeholder until its issue lands).
#include "cli/commands.hpp"

namespace sitrep::cli {

Action register_tokens(CLI::App& app) {
    auto* cmd = app.add_subcommand("tokens", "not yet implemented");
    return [cmd]() { return cmd->parsed() ? kExitFatal : kExitOk; };
}

}  // namespace sitrep::cli
