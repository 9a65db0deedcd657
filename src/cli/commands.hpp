// Each `sitrep` subcommand registers itself on the CLI11 app; main() only
// dispatches. One file per subcommand keeps the CLI a thin client of the engine.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>

namespace sitrep::cli {

// The action to run when the subcommand was chosen; returns the exit code.
using Action = std::function<int()>;

// Exit codes, documented in the README: 0 all fine, 1 some records rejected,
// 2 usage error or fatal error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitFatal = 2;

Action register_code(CLI::App& app);       // sitrep code
Action register_sentences(CLI::App& app);  // sitrep sentences
Action register_tokens(CLI::App& app);     // sitrep tokens
Action register_actors(CLI::App& app);     // sitrep actors
Action register_dict(CLI::App& app);       // sitrep dict check
Action register_validate(CLI::App& app);   // sitrep validate
Action register_ingest(CLI::App& app);     // sitrep ingest (event store)
Action register_query(CLI::App& app);      // sitrep query (event store)
Action register_serve(CLI::App& app);      // sitrep serve (HTTP API and web page)

}  // namespace sitrep::cli
