// Codes documents with one shared immutable Engine on N worker threads and
// hands them back in input order.
#pragma once
#include <string>
#include <vector>

#include "core/document.hpp"
#include "engine/engine.hpp"

namespace sitrep::cli {

// Codes every document of `batch` (in parallel when threads > 1). A document
// whose coding threw gets the reason in `failures[i]` (empty when fine).
void code_batch(const Engine& engine, std::vector<Document>& batch, unsigned threads,
                std::vector<std::string>& failures);

}  // namespace sitrep::cli
