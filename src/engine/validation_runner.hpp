// Codes every record of a validation suite with the Engine and scores it: a
// record passes when the set of (source, target, code) triples sitrep emits
// equals the set the suite expects (empty for noevents / error records).
// Records marked evaluate="false" are skipped, as PETRARCH's own runner does;
// so are records whose expectation is about the <Parse> the suite supplies
// (error="bad_input_parse"): sitrep parses the text itself and never reads it.
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "engine/engine.hpp"
#include "engine/validation_suite.hpp"

namespace sitrep {

struct RecordOutcome {
    const ValidationRecord* record = nullptr;
    std::vector<EventTriple> expected;  // sorted, duplicates removed
    std::vector<EventTriple> got;       // sorted, duplicates removed
    bool passed = false;
    bool skipped = false;     // not scored: see skip_reason
    std::string skip_reason;  // "evaluate=\"false\"", "tests the supplied parse"
};

struct CategoryTotals {
    size_t passed = 0, failed = 0, skipped = 0;
};

struct ValidationReport {
    std::vector<RecordOutcome> outcomes;
    std::map<std::string, CategoryTotals> by_category;
    size_t passed = 0, failed = 0, skipped = 0;
};

// How an event actor is written in a triple, following the suites'
// conventions (see EventTriple): the code, "---" when absent, or the words in
// capitals between quotes when the actor has no code.
std::string triple_actor(const std::optional<EventActor>& actor);

// The distinct triples of a coded document, sorted.
std::vector<EventTriple> event_triples(const Document& doc);

// Scores one record against the triples sitrep produced for it.
RecordOutcome score_record(const ValidationRecord& record, std::vector<EventTriple> got);

// Codes each record's text (story date = the record's date) and scores it.
ValidationReport run_validation(const ValidationSuite& suite, const Engine& engine);

// One line per record ("PASS id [category]" or "FAIL ...: expected ... got ..."),
// failures only unless `verbose`, then totals by category, then the exact
// last line "N passed, M failed".
void print_validation_report(std::ostream& out, const ValidationReport& report, bool verbose);

nlohmann::json validation_report_json(const ValidationReport& report);

}  // namespace sitrep
