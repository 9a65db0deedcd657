// Looking at Diagnostics in tests: how many errors, all of them as text for a
// failure message, and whether one carries a given code (assert codes, not text).
#pragma once
#include <algorithm>
#include <cstddef>
#include <string>

#include "core/diagnostic.hpp"

namespace sitrep::testing {

inline size_t errors(const Diagnostics& diags) {
    return static_cast<size_t>(
        std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

inline std::string dump(const Diagnostics& diags) {
    std::string out;
    for (const auto& d : diags) out += d.format() + "\n";
    return out;
}

inline bool has_code(const Diagnostics& diags, DiagnosticCode code) {
    return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.code == code; });
}

}  // namespace sitrep::testing
