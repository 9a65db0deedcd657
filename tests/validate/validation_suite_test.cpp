// The tolerant validation-record scanner and the scoring of records.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/validation_runner.hpp"
#include "engine/validation_suite.hpp"

namespace sitrep {
namespace {

// Written here in the shape of the PETRARCH suites, including their flaws: a
// header comment that never closes before the first record, spaces around
// '=', markup inside comments, entities, and a <Parse> holding '<' and '>'.
constexpr std::string_view kSuite = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!--
#  header text; the closing mark was lost
#  Use <Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<!-- A remark that does close -->
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor is about to restore   full ties
with Gondor.
</Text>
<Parse>(S (NP <weird> markup) </Sentence> inside)</Parse></Sentence>

<!-- <Sentence id="COMMENTED" date="19950101" category="X"> is not a record -->
<Sentence date = "20080804" id ="P-1" category="PARSING" sentence="true">
<EventCoding eventcode="042" sourcecode="ARN" targetcode="---" />
<EventCoding eventcode="043" sourcecode="&quot;THE MINISTRY&quot;" targetcode="ARN" />
<Text>Bread &amp; butter</Text>
</Sentence>

<Sentence category="VERB" date="19950101" id="VERB-20" evaluate="false">
<!-- should not code <EventCoding eventcode="999" sourcecode="X" targetcode="Y" /> -->
<EventCoding noevents = "True"> </EventCoding>
<Text>Ethiopia departx from Libya.</Text>
</Sentence>

<Sentence category="DEMO" date="19950101" id="D-9" evaluate="true">
<EventCoding error="sentencediscard" />
<Text>Cricket results.</Text>
</Sentence>
</Validation>
)";

ValidationSuite read(std::string_view xml, Diagnostics& diags) {
    return read_validation_suite(xml, "suite.xml", diags);
}

TEST(ValidationSuite, RecoversRecordSwallowedByUnclosedComment) {
    Diagnostics diags;
    auto suite = read(kSuite, diags);
    ASSERT_EQ(suite.records.size(), 4u);
    const auto& r = suite.records[0];
    EXPECT_EQ(r.id, "DEMO-01");
    EXPECT_EQ(r.category, "DEMO");
    EXPECT_EQ(r.line, 5u);
    ASSERT_EQ(r.expected.size(), 1u);
    EXPECT_EQ(r.expected[0], (EventTriple{"ARN", "GON", "050"}));
}

TEST(ValidationSuite, TextIsCollapsedAndParseIgnored) {
    Diagnostics diags;
    auto suite = read(kSuite, diags);
    EXPECT_EQ(suite.records[0].text, "Arnor is about to restore full ties with Gondor.");
}

TEST(ValidationSuite, AttributesWithSpacesAndEntitiesAreRead) {
    Diagnostics diags;
    auto suite = read(kSuite, diags);
    const auto& r = suite.records[1];
    EXPECT_EQ(r.id, "P-1");
    ASSERT_TRUE(r.date.has_value());
    EXPECT_EQ(r.date->iso(), "2008-08-04");
    EXPECT_TRUE(r.evaluate);
    ASSERT_EQ(r.expected.size(), 2u);
    EXPECT_EQ(r.expected[0].target, "---");
    EXPECT_EQ(r.expected[1].source, "\"THE MINISTRY\"");
    EXPECT_EQ(r.text, "Bread & butter");
}

TEST(ValidationSuite, CommentedCodingsAndRecordsAreIgnored) {
    Diagnostics diags;
    auto suite = read(kSuite, diags);
    for (const auto& r : suite.records) EXPECT_NE(r.id, "COMMENTED");
    const auto& verb = suite.records[2];
    EXPECT_TRUE(verb.no_events);
    EXPECT_TRUE(verb.expected.empty());
    EXPECT_FALSE(verb.evaluate);
}

TEST(ValidationSuite, ErrorCodingExpectsNoEvents) {
    Diagnostics diags;
    auto suite = read(kSuite, diags);
    EXPECT_TRUE(suite.records[3].no_events);
    EXPECT_EQ(suite.records[3].error, "sentencediscard");
}

TEST(ValidationSuite, RecordWithoutTextIsReported) {
    Diagnostics diags;
    auto suite = read("<Sentence id=\"A\" date=\"19950101\" category=\"X\"></Sentence>", diags);
    EXPECT_TRUE(suite.records.empty());
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].line, 1u);
}

TEST(ValidationSuite, EnvironmentNamesDictionaries) {
    Diagnostics diags;
    auto suite = read("<Environment><Verbfile>v.txt</Verbfile>\n<Actorfile> a.txt </Actorfile></Environment>", diags);
    EXPECT_EQ(suite.environment_files, (std::vector<std::string>{"v.txt", "a.txt"}));
}

TEST(ValidationScoring, PassesOnlyOnEqualSets) {
    ValidationRecord r;
    r.expected = {{"ARN", "GON", "050"}, {"GON", "ARN", "050"}};
    EXPECT_TRUE(score_record(r, {{"GON", "ARN", "050"}, {"ARN", "GON", "050"}, {"ARN", "GON", "050"}}).passed);
    EXPECT_FALSE(score_record(r, {{"ARN", "GON", "050"}}).passed);
    EXPECT_FALSE(score_record(r, {{"ARN", "GON", "050"}, {"GON", "ARN", "050"}, {"ARN", "MOR", "050"}}).passed);
}

TEST(ValidationScoring, NoEventsRecordPassesOnSilence) {
    ValidationRecord r;
    r.no_events = true;
    EXPECT_TRUE(score_record(r, {}).passed);
    EXPECT_FALSE(score_record(r, {{"ARN", "GON", "050"}}).passed);
}

TEST(ValidationScoring, ActorsFollowSuiteConventions) {
    EXPECT_EQ(triple_actor(std::nullopt), "---");
    EventActor coded;
    coded.code = "IRQGOV";
    EXPECT_EQ(triple_actor(coded), "IRQGOV");
    EventActor uncoded;
    uncoded.text = "the Ministry of Magic";
    EXPECT_EQ(triple_actor(uncoded), "\"THE MINISTRY OF MAGIC\"");
}

TEST(ValidationReport, EndsWithPassedFailedLine) {
    Diagnostics diags;
    auto suite = read(kSuite, diags);
    ValidationReport report;
    for (const auto& r : suite.records) {
        auto o = score_record(r, {});
        if (o.skipped)
            ++report.skipped;
        else if (o.passed)
            ++report.passed;
        else
            ++report.failed;
        report.by_category[r.category].passed += o.passed && !o.skipped;
        report.outcomes.push_back(o);
    }
    std::ostringstream out;
    print_validation_report(out, report, false);
    const std::string text = out.str();
    EXPECT_TRUE(text.ends_with("\n1 passed, 2 failed\n")) << text;
    EXPECT_NE(text.find("FAIL DEMO-01 [DEMO]"), std::string::npos);
    auto json = validation_report_json(report);
    EXPECT_EQ(json["passed"], 1);
    EXPECT_EQ(json["records"].size(), 4u);
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(ValidationSuite, SharedSuitesReadEveryRecord) {
    const std::string dir = std::string(SITREP_SHARED_DIR) + "/validation/";
    if (!std::filesystem::exists(dir + "petrarch-2.02/records-dev.xml")) GTEST_SKIP() << "../shared absent";
    for (const auto& [file, count] : std::vector<std::pair<std::string, size_t>>{
             {"petrarch-2.02/records-dev.xml", 152}, {"petrarch-unittest/records-dev.xml", 164}}) {
        Diagnostics diags;
        auto suite = read_validation_suite(slurp(dir + file), file, diags);
        EXPECT_EQ(suite.records.size(), count) << file;
        for (const auto& d : diags) EXPECT_NE(d.severity, Severity::error) << d.format();
        for (const auto& r : suite.records) {
            EXPECT_FALSE(r.text.empty()) << r.id;
            EXPECT_TRUE(r.no_events || !r.expected.empty()) << r.id;
        }
    }
}

TEST(ValidateCommand, EndsWithTotalsLine) {
    const std::string suite = std::string(SITREP_SHARED_DIR) + "/validation/petrarch-2.02/records-dev.xml";
    if (!std::filesystem::exists(suite)) GTEST_SKIP() << "../shared absent";
    const std::string dir = std::string(SITREP_SHARED_DIR) + "/validation/petrarch-2.02/";
    const std::string out = std::filesystem::temp_directory_path() / "sitrep_validate_test.txt";
    const std::string cmd = std::string(SITREP_BINARY) + " validate " + suite + " --no-builtin --dictionary " + dir +
                            "PETR_Validate_verbs_2_02.txt --dictionary " + dir + "PETR_Validate_actors_2_02.txt > " +
                            out + " 2>/dev/null";
    const int rc = std::system(cmd.c_str());
    EXPECT_NE(rc, -1);
    std::string text = slurp(out);
    ASSERT_FALSE(text.empty());
    const size_t last = text.rfind('\n', text.size() - 2);
    const std::string last_line = text.substr(last + 1);
    EXPECT_NE(last_line.find(" passed, "), std::string::npos) << last_line;
    EXPECT_TRUE(last_line.ends_with(" failed\n")) << last_line;
}

}  // namespace
}  // namespace sitrep

namespace sitrep {
namespace {

TEST(ValidationScoring, ParseErrorRecordsAreSkipped) {
    ValidationRecord r;
    r.no_events = true;
    r.error = "bad_input_parse";
    auto o = score_record(r, {{"ARN", "GON", "050"}});
    EXPECT_TRUE(o.skipped);
    r.error = "sentencediscard";
    EXPECT_FALSE(score_record(r, {}).skipped);
}

}  // namespace
}  // namespace sitrep
