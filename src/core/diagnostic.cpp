#include "core/diagnostic.hpp"

namespace sitrep {

const char* to_string(DiagnosticCode code) {
    switch (code) {
        case DiagnosticCode::unspecified:
            return "unspecified";
        case DiagnosticCode::invalid_utf8:
            return "invalid-utf8";
        case DiagnosticCode::bad_record:
            return "bad-record";
        case DiagnosticCode::unreadable_input:
            return "unreadable-input";
        case DiagnosticCode::truncated_input:
            return "truncated-input";
        case DiagnosticCode::empty_input:
            return "empty-input";
        case DiagnosticCode::empty_text:
            return "empty-text";
        case DiagnosticCode::duplicate_id:
            return "duplicate-id";
        case DiagnosticCode::text_too_long:
            return "text-too-long";
        case DiagnosticCode::cannot_open:
            return "cannot-open";
        case DiagnosticCode::is_directory:
            return "is-directory";
        case DiagnosticCode::too_large:
            return "too-large";
        case DiagnosticCode::unknown_format:
            return "unknown-format";
        case DiagnosticCode::missing_header:
            return "missing-header";
        case DiagnosticCode::bad_line:
            return "bad-line";
        case DiagnosticCode::unknown_code:
            return "unknown-code";
        case DiagnosticCode::duplicate_entry:
            return "duplicate-entry";
        case DiagnosticCode::stage_order:
            return "stage-order";
    }
    return "unspecified";
}

std::string Diagnostic::format() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line != 0) out += ":" + std::to_string(line);
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

}  // namespace sitrep
