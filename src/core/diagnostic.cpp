#include "core/diagnostic.hpp"

namespace sitrep {

std::string Diagnostic::format() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line != 0) out += ":" + std::to_string(line);
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

}  // namespace sitrep
