// End-to-end checks of `sitrep code` and the debugging commands: exit codes,
// the stderr summary, input handling and output formats.
#include <gtest/gtest.h>

#include <algorithm>

#include "run_binary.hpp"

namespace sitrep::testing {
namespace {

const std::string kGoodRecords =
    R"({"id":"a","date":"2024-02-03","text":"Turkish and Syrian officials held talks in Ankara."})"
    "\n"
    R"({"id":"b","date":"2024-02-04","text":"Iran condemned the air strikes in Syria."})"
    "\n";

TEST(CodeCommand, ExitsZeroAndSummarisesGoodInput) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code " + quoted(dir.write("good.jsonl", kGoodRecords)));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("sitrep: 2 records read, 2 coded, 0 rejected ("), std::string::npos) << r.err;
}

TEST(CodeCommand, ExitsOneAndNamesFileAndLineOfABrokenRecord) {
    TempDir dir;
    const auto path = dir.write("mixed.jsonl", R"({"text":"Egypt hosted talks."})"
                                               "\n{\"text\": oops}\n"
                                               R"({"text":"Qatar urged calm."})"
                                               "\n");
    const auto r = run_sitrep(dir, "code " + quoted(path));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(path + ":2: error: invalid JSON"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("sitrep: 3 records read, 2 coded, 1 rejected ("), std::string::npos) << r.err;
}

TEST(CodeCommand, ExitsOneAndNamesAnUnreadablePath) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code " + quoted(dir.path("no-such-file.txt")));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("no-such-file.txt: error: cannot read"), std::string::npos) << r.err;
}

TEST(CodeCommand, ExitsTwoOnABadDate) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code --date 2024-13-45 " + quoted(dir.write("a.txt", "Text.")));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--date"), std::string::npos) << r.err;
}

TEST(CodeCommand, ExitsTwoOnAnUnknownOption) {
    TempDir dir;
    EXPECT_EQ(run_sitrep(dir, "code --no-such-option").exit_code, 2);
    EXPECT_EQ(run_sitrep(dir, "code --format xml").exit_code, 2);
}

TEST(CodeCommand, ReadsStandardInputWhenNoFileIsGiven) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code --date 2024-02-03", dir.write("in.txt", "Iran condemned the strikes."));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("sitrep: 1 records read, 1 coded, 0 rejected"), std::string::npos) << r.err;
}

TEST(CodeCommand, ReadsCompressedAndDirectoryInputs) {
    TempDir dir;
    dir.write("corpus/one.jsonl.gz", gzip(kGoodRecords));
    dir.write("corpus/two.jsonl.zst", zstd(kGoodRecords));
    dir.write("corpus/three.txt", "Jordan warned Israel.");
    const auto r = run_sitrep(dir, "code " + quoted(dir.path("corpus")));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("sitrep: 5 records read, 5 coded, 0 rejected"), std::string::npos) << r.err;
}

TEST(CodeCommand, SkipsARecordOverTheSizeCapAndReadsTheNext) {
    TempDir dir;
    const std::string huge = R"({"text":")" + std::string(std::size_t{3} << 20, 'x') + "\"}\n";
    const auto path = dir.write("huge.jsonl", huge + R"({"text":"Qatar urged calm."})"
                                                     "\n");
    const auto r = run_sitrep(dir, "code --max-record-mib 1 " + quoted(path));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(path + ":1: error: record is larger than the 1 MiB limit"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("sitrep: 2 records read, 1 coded, 1 rejected"), std::string::npos) << r.err;
}

TEST(CodeCommand, InputFormatOverrideReadsJsonLinesFromStdin) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code --input-format jsonl -", dir.write("in.txt", kGoodRecords));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("sitrep: 2 records read"), std::string::npos) << r.err;
}

TEST(CodeCommand, ReportsRepairedUtf8WithoutRejecting) {
    TempDir dir;
    const auto path = dir.write("latin1.txt", "Talks in S\xE3o Paulo.\n");
    const auto r = run_sitrep(dir, "code " + quoted(path));
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.err.find(path + ":1: warning: invalid UTF-8: 1 bad byte"), std::string::npos) << r.err;
}

TEST(CodeCommand, WarnsOnAnEmptyFile) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code " + quoted(dir.write("empty.txt", "")));
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.err.find("empty.txt: warning: empty file"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("sitrep: 0 records read"), std::string::npos) << r.err;
}

TEST(CodeCommand, QuietLeavesOutSummaryAndWarnings) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code --quiet " + quoted(dir.write("empty.txt", "")));
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.err, "");
}

TEST(CodeCommand, DrawsNoProgressBarWhenStderrIsNotATerminal) {
    TempDir dir;
    std::string many;
    for (int i = 0; i < 300; ++i)
        many += R"({"text":"Egypt and Qatar urged calm."})"
                "\n";
    const auto r = run_sitrep(dir, "code " + quoted(dir.write("many.jsonl", many)));
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.err.find('\r'), std::string::npos);
    EXPECT_NE(r.err.find("sitrep: 300 records read, 300 coded"), std::string::npos) << r.err;
}

TEST(CodeCommand, ThreadsGiveTheSameOutputAsOneThread) {
    TempDir dir;
    std::string many;
    for (int i = 0; i < 200; ++i)
        many +=
            R"({"id":")" + std::to_string(i) +
            R"(","date":"2024-02-03","text":"Turkish officials met Syrian officials in Ankara. Iran condemned the strikes."})"
            "\n";
    const auto path = dir.write("many.jsonl", many);
    const auto one = run_sitrep(dir, "code --threads 1 " + quoted(path));
    const auto two = run_sitrep(dir, "code --threads 2 " + quoted(path));
    EXPECT_EQ(one.exit_code, 0);
    EXPECT_EQ(two.exit_code, 0);
    EXPECT_FALSE(one.out.empty());
    EXPECT_EQ(one.out, two.out);
    EXPECT_EQ(one.err, two.err);
}

TEST(CodeCommand, MergesTheSameEventReportedInTwoRecordsUnlessRaw) {
    TempDir dir;
    const std::string record = R"({"date":"2024-02-03","text":"Iran condemned the American air strikes in Syria."})"
                               "\n";
    const auto path = dir.write("twice.jsonl", record + record);
    const auto raw = run_sitrep(dir, "code --mentions raw " + quoted(path));
    const auto merged = run_sitrep(dir, "code " + quoted(path));
    EXPECT_EQ(raw.exit_code, 0);
    EXPECT_EQ(merged.exit_code, 0);
    const auto lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
    ASSERT_GT(lines(raw.out), 0) << raw.err;
    EXPECT_EQ(lines(merged.out) * 2, lines(raw.out));
    EXPECT_NE(merged.out.find("\"mention_count\":2"), std::string::npos) << merged.out;
}

TEST(CodeCommand, CsvOutputStartsWithHeaderRow) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code --format csv " + quoted(dir.write("a.jsonl", kGoodRecords)));
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out.rfind("doc,sentence,date,", 0), 0u) << r.out;
}

TEST(CodeCommand, TsvOutputHas61GdeltColumns) {
    TempDir dir;
    const auto r = run_sitrep(dir, "code --format tsv " + quoted(dir.write("a.jsonl", kGoodRecords)));
    EXPECT_EQ(r.exit_code, 0);
    const std::string header = r.out.substr(0, r.out.find('\n'));
    EXPECT_EQ(std::count(header.begin(), header.end(), '\t'), 60);
    EXPECT_EQ(header.rfind("GlobalEventID\tDay\tMonthYear\tYear\tFractionDate\tActor1Code", 0), 0u);
    for (auto pos = r.out.find('\n'); pos != std::string::npos && pos + 1 < r.out.size();) {
        const auto end = r.out.find('\n', pos + 1);
        const std::string row = r.out.substr(pos + 1, end - pos - 1);
        EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 60) << row;
        pos = end;
    }
}

TEST(CodeCommand, JsonlOutputIsOneSchemaRecordPerLine) {
    TempDir dir;
    const auto r =
        run_sitrep(dir, "code --date 2024-02-03 " + quoted(std::string(SITREP_SOURCE_DIR) + "/examples/article.txt"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(r.out.empty()) << "the example article should yield events";
    std::size_t start = 0;
    while (start < r.out.size()) {
        const auto end = r.out.find('\n', start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_EQ(r.out.compare(start, 30, R"({"schema":"sitrep.event/1","do)"), 0);
        start = end + 1;
    }
}

TEST(SentencesCommand, PrintsBeginEndTextLines) {
    TempDir dir;
    const auto r = run_sitrep(dir, "sentences " + quoted(dir.write("a.txt", "Iran protested. Iraq agreed.")));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::istringstream lines(r.out);
    int count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        unsigned b = 0, e = 0;
        ASSERT_EQ(std::sscanf(line.c_str(), "%u %u", &b, &e), 2) << line;
        EXPECT_LT(b, e);
    }
    EXPECT_EQ(count, 2) << r.out;
}

TEST(TokensCommand, PrintsOneJsonObjectPerToken) {
    TempDir dir;
    const auto r = run_sitrep(dir, "tokens " + quoted(dir.write("a.txt", "Iran protested.")));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::istringstream lines(r.out);
    int count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        EXPECT_EQ(line.rfind("{\"b\":", 0), 0u) << line;
        EXPECT_NE(line.find("\"norm\":"), std::string::npos) << line;
    }
    EXPECT_EQ(count, 3) << r.out;  // "Iran", "protested", ".
}

}  // namespace
}  // namespace sitrep::testing
