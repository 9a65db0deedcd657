// Which coder made a stored document's events: a fingerprint of the engine
// options and every dictionary the engine loads (the built-in data/ files
// embedded in this binary, then the user's files and texts). The store keeps
// it per document so that `sitrep ingest --recode` re-codes only documents
// coded with another dictionary set (docs/ARCHITECTURE.md, "Event store").
// A change to the C++ code alone does not change it: use --recode --force.
#pragma once
#include <string>

#include "sitrep/engine.hpp"

namespace sitrep::store {

// 32 lowercase hex digits; a dictionary file that cannot be read hashes as
// its name (the engine reports it when loading).
std::string coder_id(const EngineOptions& options);

}  // namespace sitrep::store
