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
        case DiagnosticCode::bad_json:
            return "bad-json";
        case DiagnosticCode::line_too_long:
            return "line-too-long";
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
        case DiagnosticCode::bad_story_date:
            return "bad-story-date";
        case DiagnosticCode::cannot_open:
            return "cannot-open";
        case DiagnosticCode::is_directory:
            return "is-directory";
        case DiagnosticCode::too_large:
            return "too-large";
        case DiagnosticCode::unknown_format:
            return "unknown-format";
        case DiagnosticCode::unknown_kind:
            return "unknown-kind";
        case DiagnosticCode::unsupported_version:
            return "unsupported-version";
        case DiagnosticCode::missing_header:
            return "missing-header";
        case DiagnosticCode::bad_line:
            return "bad-line";
        case DiagnosticCode::bad_pattern:
            return "bad-pattern";
        case DiagnosticCode::bad_event_code:
            return "bad-event-code";
        case DiagnosticCode::unknown_code:
            return "unknown-code";
        case DiagnosticCode::bad_actor_code:
            return "bad-actor-code";
        case DiagnosticCode::missing_code:
            return "missing-code";
        case DiagnosticCode::bad_date:
            return "bad-date";
        case DiagnosticCode::duplicate_entry:
            return "duplicate-entry";
        case DiagnosticCode::empty_group:
            return "empty-group";
        case DiagnosticCode::unknown_group:
            return "unknown-group";
        case DiagnosticCode::group_cycle:
            return "group-cycle";
        case DiagnosticCode::group_too_deep:
            return "group-too-deep";
        case DiagnosticCode::too_many_phrases:
            return "too-many-phrases";
        case DiagnosticCode::missing_data:
            return "missing-data";
        case DiagnosticCode::sentence_too_long:
            return "sentence-too-long";
        case DiagnosticCode::undated_codes:
            return "undated-codes";
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
