// Runs and reports a validation suite.
#include "engine/validation_runner.hpp"

#include <algorithm>
#include <cctype>

namespace sitrep {
namespace {

std::vector<EventTriple> normalized(std::vector<EventTriple> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::string join(const std::vector<EventTriple>& v) {
    if (v.empty()) return "(none)";
    std::string out;
    for (const auto& t : v) {
        if (!out.empty()) out += "; ";
        out += t.to_string();
    }
    return out;
}

nlohmann::json triples_json(const std::vector<EventTriple>& v) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : v) out.push_back({{"source", t.source}, {"target", t.target}, {"code", t.code}});
    return out;
}

}  // namespace

std::string triple_actor(const std::optional<EventActor>& actor) {
    if (!actor) return "---";
    if (!actor->code.empty()) return actor->code;
    if (actor->text.empty()) return "---";
    std::string upper = actor->text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return "\"" + upper + "\"";
}

std::vector<EventTriple> event_triples(const Document& doc) {
    std::vector<EventTriple> out;
    for (const auto& e : doc.events) out.push_back({triple_actor(e.source), triple_actor(e.target), e.cameo});
    return normalized(std::move(out));
}

RecordOutcome score_record(const ValidationRecord& record, std::vector<EventTriple> got) {
    RecordOutcome o;
    o.record = &record;
    o.expected = record.no_events ? std::vector<EventTriple>{} : normalized(record.expected);
    o.got = normalized(std::move(got));
    if (!record.evaluate) {
        o.skipped = true;
        o.skip_reason = "evaluate=\"false\"";
    } else if (record.error.find("parse") != std::string::npos) {
        o.skipped = true;
        o.skip_reason = "tests the supplied parse (" + record.error + "), which sitrep does not read";
    }
    o.passed = o.expected == o.got;
    return o;
}

ValidationReport run_validation(const ValidationSuite& suite, const Engine& engine) {
    ValidationReport report;
    for (const auto& record : suite.records) {
        Document doc;
        doc.text = record.text;
        doc.meta.id = record.id;
        doc.meta.story_date = record.date;
        engine.code(doc);
        RecordOutcome o = score_record(record, event_triples(doc));
        CategoryTotals& totals = report.by_category[record.category];
        if (o.skipped)
            ++report.skipped, ++totals.skipped;
        else if (o.passed)
            ++report.passed, ++totals.passed;
        else
            ++report.failed, ++totals.failed;
        report.outcomes.push_back(std::move(o));
    }
    return report;
}

void print_validation_report(std::ostream& out, const ValidationReport& report, bool verbose) {
    for (const auto& o : report.outcomes) {
        const ValidationRecord& r = *o.record;
        if (o.skipped) {
            if (verbose) out << "SKIP " << r.id << " [" << r.category << "] (" << o.skip_reason << ")\n";
            continue;
        }
        if (o.passed && !verbose) continue;
        out << (o.passed ? "PASS " : "FAIL ") << r.id << " [" << r.category << "]";
        if (!o.passed || verbose) out << "  expected: " << join(o.expected) << "  got: " << join(o.got);
        out << "\n";
        if (verbose && !o.passed) out << "     text: " << r.text << "\n";
    }
    out << "\nby category:\n";
    for (const auto& [category, t] : report.by_category) {
        out << "  " << (category.empty() ? "(none)" : category) << ": " << t.passed << " passed, " << t.failed
            << " failed";
        if (t.skipped) out << ", " << t.skipped << " skipped";
        out << "\n";
    }
    if (report.skipped) out << report.skipped << " records skipped (--verbose says why)\n";
    out << report.passed << " passed, " << report.failed << " failed\n";
}

nlohmann::json validation_report_json(const ValidationReport& report) {
    nlohmann::json records = nlohmann::json::array();
    for (const auto& o : report.outcomes) {
        const ValidationRecord& r = *o.record;
        records.push_back({{"id", r.id},
                           {"category", r.category},
                           {"date", r.date_text},
                           {"status", o.skipped  ? "skipped"
                                      : o.passed ? "pass"
                                                 : "fail"},
                           {"expected", triples_json(o.expected)},
                           {"got", triples_json(o.got)},
                           {"skip_reason", o.skip_reason},
                           {"text", r.text}});
    }
    nlohmann::json categories = nlohmann::json::object();
    for (const auto& [category, t] : report.by_category)
        categories[category] = {{"passed", t.passed}, {"failed", t.failed}, {"skipped", t.skipped}};
    return {{"passed", report.passed},
            {"failed", report.failed},
            {"skipped", report.skipped},
            {"by_category", categories},
            {"records", records}};
}

}  // namespace sitrep
