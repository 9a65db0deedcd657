// Errors and warnings about user input, as values with a location, so a batch
// can report them and go on (STYLE.md: errors are values at the edges).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sitrep {

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;   // path, "<stdin>", or a record id
    uint64_t line = 0;  // 1-based; 0 when not line-oriented
    std::string message;

    // "file:line: error: message" (line omitted when 0).
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace sitrep
