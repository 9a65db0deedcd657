// Shared driver of the debugging commands (sentences, tokens): read every
// document, run the engine on it, and let a printer show one layer.
#pragma once
#include <functional>
#include <ostream>

#include "cli/input_options.hpp"
#include "sitrep/engine.hpp"

namespace sitrep::cli {

using DocumentPrinter = std::function<void(const Document&, std::ostream&)>;

// Prints "# <doc id>" before each document when there may be more than one.
// Returns the exit code (kExitRejected when some record was rejected).
// Runs only the stages that fill `layer` (EngineOptions::until).
int print_documents(const InputOptions& input, const DocumentPrinter& printer, Layer layer);

}  // namespace sitrep::cli
