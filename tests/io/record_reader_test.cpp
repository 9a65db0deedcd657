#include "io/record_reader.hpp"

#include <gtest/gtest.h>

#include "test_files.hpp"

namespace sitrep::io {
namespace {

using sitrep::testing::TempDir;

struct ReadAll {
    std::vector<Document> docs;
    Diagnostics problems;
    ReaderCounts counts;
};

ReadAll read_all_records(RecordReader reader) {
    ReadAll out;
    while (auto doc = reader.next(out.problems)) out.docs.push_back(std::move(*doc));
    out.counts = reader.counts();
    return out;
}

ReadAll read_paths(std::vector<std::string> paths, ReaderOptions options = {}) {
    return read_all_records(RecordReader(std::move(paths), options));
}

bool mentions(const Diagnostics& ds, const std::string& needle) {
    for (const auto& d : ds)
        if (d.format().find(needle) != std::string::npos) return true;
    return false;
}

// A diagnostic of `code` about a file whose path ends in `file` (any when empty).
bool has(const Diagnostics& ds, DiagnosticCode code, std::string_view file = {}) {
    for (const auto& d : ds)
        if (d.code == code && std::string_view(d.file).ends_with(file)) return true;
    return false;
}

const std::string kThreeRecords =
    R"({"id":"a","date":"2024-01-27","text":"Iraq and Iran held talks."})"
    "\n"
    R"({"id":"b","date":"20240128","url":"https://example.org/b","source":"Daily","title":"T","text":"Second."})"
    "\n"
    R"({"id":"c","date":"2024-01-29T08:15:00Z","text":"Third."})"
    "\n";

TEST(RecordReader, ReadsPlainTextFileAsOneDocumentWithStoryDate) {
    TempDir dir;
    const auto path = dir.write("story.txt", "Turkey and Syria met.\nSecond line.\n");
    ReaderOptions options;
    options.story_date = Date{2024, 2, 3};
    const auto r = read_paths({path}, options);
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].meta.id, path);
    EXPECT_EQ(r.docs[0].text, "Turkey and Syria met.\nSecond line.\n");
    EXPECT_EQ(r.docs[0].meta.story_date, (Date{2024, 2, 3}));
    EXPECT_EQ(r.counts.read, 1u);
}

TEST(RecordReader, ReadsJsonLinesFieldsIntoMetadata) {
    TempDir dir;
    const auto r = read_paths({dir.write("c.jsonl", kThreeRecords)});
    ASSERT_EQ(r.docs.size(), 3u);
    EXPECT_EQ(r.docs[0].meta.id, "a");
    EXPECT_EQ(r.docs[0].text, "Iraq and Iran held talks.");
    EXPECT_EQ(r.docs[1].meta.url, "https://example.org/b");
    EXPECT_EQ(r.docs[1].meta.outlet, "Daily");
    EXPECT_EQ(r.docs[1].meta.title, "T");
    EXPECT_EQ(r.docs[1].meta.story_date, (Date{2024, 1, 28}));
    EXPECT_EQ(r.docs[2].meta.story_date, (Date{2024, 1, 29}));
    EXPECT_TRUE(r.problems.empty());
}

TEST(RecordReader, RecordWithoutDateTakesTheDateOption) {
    ReaderOptions options;
    options.story_date = Date{2023, 5, 6};
    options.format = InputFormat::jsonl;
    const auto r = read_all_records(RecordReader::from_memory("m",
                                                              R"({"text":"x"})"
                                                              "\n",
                                                              options));
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].meta.story_date, (Date{2023, 5, 6}));
    EXPECT_EQ(r.docs[0].meta.id, "m:1");
}

TEST(RecordReader, SkipsBrokenJsonLineWithFileAndLineAndReadsTheNext) {
    TempDir dir;
    const auto path = dir.write("b.jsonl", R"({"id":"a","text":"one"})"
                                           "\n"
                                           R"({"id":"b","text":"tw)"
                                           "\n"
                                           R"({"id":"c","text":"three"})"
                                           "\n");
    const auto r = read_paths({path});
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[1].meta.id, "c");
    EXPECT_EQ(r.counts.rejected, 1u);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].file, path);
    EXPECT_EQ(r.problems[0].line, 2u);
    EXPECT_EQ(r.problems[0].severity, Severity::error);
}

TEST(RecordReader, RejectsRecordWithoutText) {
    TempDir dir;
    const auto r = read_paths({dir.write("t.jsonl", R"({"id":"a","title":"no body"})"
                                                    "\n")});
    EXPECT_TRUE(r.docs.empty());
    EXPECT_EQ(r.counts.rejected, 1u);
    EXPECT_TRUE(has(r.problems, DiagnosticCode::bad_record, "t.jsonl"));
}

TEST(RecordReader, RejectsNonStringField) {
    TempDir dir;
    const auto r = read_paths({dir.write("t.jsonl", R"({"id":"a","text":"x","url":42})"
                                                    "\n")});
    EXPECT_TRUE(r.docs.empty());
    EXPECT_TRUE(mentions(r.problems, "\"url\" must be a string"));
}

TEST(RecordReader, RejectsBadDate) {
    TempDir dir;
    const auto r = read_paths({dir.write("t.jsonl", R"({"text":"x","date":"2024-02-30"})"
                                                    "\n")});
    EXPECT_TRUE(r.docs.empty());
    EXPECT_EQ(r.counts.rejected, 1u);
    EXPECT_TRUE(has(r.problems, DiagnosticCode::bad_story_date));
}

TEST(RecordReader, RejectsRecordThatIsNotAnObject) {
    TempDir dir;
    const auto r = read_paths({dir.write("t.jsonl", "[1,2]\n\"text\"\n")});
    EXPECT_EQ(r.counts.rejected, 2u);
}

TEST(RecordReader, AcceptsNumericId) {
    TempDir dir;
    const auto r = read_paths({dir.write("t.jsonl", R"({"id":17,"text":"x"})"
                                                    "\n")});
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].meta.id, "17");
}

TEST(RecordReader, IgnoresBlankLinesAndCrLf) {
    TempDir dir;
    const auto r = read_paths({dir.write("t.jsonl",
                                         "\r\n"
                                         R"({"text":"x"})"
                                         "\r\n\n  \n")});
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.counts.records(), 1u);
}

TEST(RecordReader, RepairsInvalidUtf8InTextAndReportsIt) {
    TempDir dir;
    const auto path = dir.write("bad.txt", "line one\nS\xE3o Paulo \xFF\xFE talks\n");
    const auto r = read_paths({path});
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].text, "line one\nS\xEF\xBF\xBDo Paulo \xEF\xBF\xBD\xEF\xBF\xBD talks\n");
    ASSERT_EQ(r.docs[0].diagnostics.size(), 1u);
    const auto& d = r.docs[0].diagnostics[0];
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_EQ(d.file, path);
    EXPECT_EQ(d.line, 2u);
    EXPECT_EQ(d.code, DiagnosticCode::invalid_utf8);
}

TEST(RecordReader, RepairsInvalidUtf8InJsonLineAndReportsLine) {
    TempDir dir;
    const auto r = read_paths({dir.write("u.jsonl", R"({"text":"ok"})"
                                                    "\n"
                                                    "{\"text\":\"caf\xE9\"}\n")});
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[1].text, "caf\xEF\xBF\xBD");
    ASSERT_EQ(r.docs[1].diagnostics.size(), 1u);
    EXPECT_EQ(r.docs[1].diagnostics[0].line, 2u);
}

TEST(RecordReader, WarnsOnEmptyFileAndYieldsNoRecord) {
    TempDir dir;
    const auto r = read_paths({dir.write("empty.txt", ""), dir.write("empty.jsonl", "\n\n")});
    EXPECT_TRUE(r.docs.empty());
    EXPECT_EQ(r.counts.records(), 0u);
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].severity, Severity::warning);
    EXPECT_TRUE(has(r.problems, DiagnosticCode::empty_input, "empty.txt"));
    EXPECT_TRUE(has(r.problems, DiagnosticCode::empty_input, "empty.jsonl"));
}

TEST(RecordReader, ReportsUnreadablePathAndGoesOn) {
    TempDir dir;
    const auto good = dir.write("good.txt", "text");
    const auto r = read_paths({dir.path("missing.txt"), good});
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.counts.unreadable, 1u);
    EXPECT_EQ(r.counts.failures(), 1u);
    EXPECT_TRUE(has(r.problems, DiagnosticCode::unreadable_input, "missing.txt"));
}

TEST(RecordReader, SkipsRecordOverTheSizeCapAndResyncsAtNextLine) {
    ReaderOptions options;
    options.max_record_bytes = 100;
    options.format = InputFormat::jsonl;
    const std::string huge = R"({"text":")" + std::string(5000, 'x') + "\"}\n";
    const std::string input = R"({"id":"1","text":"a"})"
                              "\n" +
                              huge +
                              R"({"id":"3","text":"c"})"
                              "\n";
    const auto r = read_all_records(RecordReader::from_memory("big.jsonl", input, options));
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[1].meta.id, "3");
    EXPECT_EQ(r.counts.rejected, 1u);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 2u);
    EXPECT_EQ(r.problems[0].code, DiagnosticCode::line_too_long);
}

TEST(RecordReader, RejectsTextDocumentOverTheSizeCap) {
    ReaderOptions options;
    options.max_record_bytes = 10;
    const auto r = read_all_records(RecordReader::from_memory("big.txt", std::string(11, 'a'), options));
    EXPECT_TRUE(r.docs.empty());
    EXPECT_EQ(r.counts.rejected, 1u);
}

// Issue 13 item 14: spans of a plain-text file with a BOM index the file's bytes.
TEST(RecordReader, ABomInPlainTextKeepsOffsetsOnTheFilesBytes) {
    TempDir dir;
    const std::string file = "\xEF\xBB\xBFIran condemned the strikes.";
    const auto r = read_paths({dir.write("bom.txt", file)});
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].text.size(), file.size());
    EXPECT_EQ(r.docs[0].text.find("Iran"), file.find("Iran"));
    EXPECT_EQ(r.docs[0].text.find('\xEF'), std::string::npos);  // no U+FEFF left to tokenize
}

// Issue 13 item 16: a timestamp's time part is checked, not just its first ten characters.
TEST(RecordReader, ATimestampWithAGarbageTimeIsNoDate) {
    EXPECT_FALSE(parse_record_date("2024-02-02Tgarbage"));
    EXPECT_FALSE(parse_record_date("2024-02-02T25:00:00Z"));
    EXPECT_TRUE(parse_record_date("2024-02-02T10:30:00Z"));
    EXPECT_TRUE(parse_record_date("2024-02-02T10:30:00.123+05:30"));
    EXPECT_TRUE(parse_record_date("2024-02-02 10:30"));
}

// Issue 13 item 16: an empty "text" is read, and said to give no event.
TEST(RecordReader, AnEmptyTextIsReadWithAWarning) {
    const auto r = read_all_records(RecordReader::from_memory("e.jsonl", "{\"text\":\"  \"}\n", ReaderOptions{}));
    ASSERT_EQ(r.docs.size(), 1u);
    ASSERT_EQ(r.docs[0].diagnostics.size(), 1u);
    EXPECT_EQ(r.docs[0].diagnostics[0].code, DiagnosticCode::empty_text);
}

TEST(RecordReader, ReadsGzipJsonLines) {
    TempDir dir;
    const auto r = read_paths({dir.write("c.jsonl.gz", sitrep::testing::gzip(kThreeRecords))});
    ASSERT_EQ(r.docs.size(), 3u);
    EXPECT_EQ(r.docs[2].text, "Third.");
}

TEST(RecordReader, ReadsZstdJsonLines) {
    TempDir dir;
    const auto r = read_paths({dir.write("c.jsonl.zst", sitrep::testing::zstd(kThreeRecords))});
    ASSERT_EQ(r.docs.size(), 3u);
    EXPECT_EQ(r.docs[0].meta.id, "a");
}

TEST(RecordReader, DetectsCompressionByMagicBytesNotName) {
    TempDir dir;
    const std::string text = "Egypt hosted talks between Israel and Hamas.";
    const auto r = read_paths({dir.write("plain-name.txt", sitrep::testing::zstd(text)),
                               dir.write("other.txt", sitrep::testing::gzip(text))});
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[0].text, text);
    EXPECT_EQ(r.docs[1].text, text);
}

TEST(RecordReader, ReadsConcatenatedGzipMembers) {
    TempDir dir;
    const auto r = read_paths({dir.write("two.jsonl.gz", sitrep::testing::gzip(R"({"text":"one"})"
                                                                               "\n") +
                                                             sitrep::testing::gzip(R"({"text":"two"})"
                                                                                   "\n"))});
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[1].text, "two");
}

// Issue 13 item 17: zero padding after the stream (gzip -t accepts it) is no corruption.
TEST(RecordReader, AcceptsZeroPaddingAfterAGzipStream) {
    TempDir dir;
    const auto r =
        read_paths({dir.write("padded.jsonl.gz", sitrep::testing::gzip(kThreeRecords) + std::string(70000, '\0'))});
    EXPECT_EQ(r.docs.size(), 3u);
    EXPECT_EQ(r.counts.rejected, 0u);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().format();
    const auto bad = read_paths(
        {dir.write("padded-junk.jsonl.gz", sitrep::testing::gzip(kThreeRecords) + std::string(10, '\0') + "junk")});
    EXPECT_EQ(bad.docs.size(), 3u);
    EXPECT_EQ(bad.counts.truncated, 1u);
    EXPECT_TRUE(mentions(bad.problems, "after the zero padding"));
}

TEST(RecordReader, ReportsTruncatedGzip) {
    TempDir dir;
    std::string compressed = sitrep::testing::gzip(kThreeRecords + kThreeRecords);
    compressed.resize(compressed.size() / 2);
    const auto r = read_paths({dir.write("cut.jsonl.gz", compressed)});
    EXPECT_EQ(r.counts.truncated, 1u);
    EXPECT_TRUE(has(r.problems, DiagnosticCode::truncated_input, "cut.jsonl.gz"));
}

TEST(RecordReader, ReportsCorruptZstd) {
    TempDir dir;
    std::string compressed = sitrep::testing::zstd(kThreeRecords);
    for (std::size_t i = 6; i < compressed.size(); ++i) compressed[i] = static_cast<char>(compressed[i] ^ 0x5a);
    const auto r = read_paths({dir.write("bad.jsonl.zst", compressed)});
    EXPECT_GE(r.counts.failures(), 1u);
    EXPECT_TRUE(mentions(r.problems, "zstd"));
}

TEST(RecordReader, WalksDirectoriesRecursivelyInSortedOrder) {
    TempDir dir;
    dir.write("corpus/b.txt", "B");
    dir.write("corpus/a/z.txt", "AZ");
    dir.write("corpus/c.jsonl", R"({"text":"C1"})"
                                "\n"
                                R"({"text":"C2"})"
                                "\n");
    dir.write("corpus/.hidden.txt", "hidden");
    const auto r = read_paths({dir.path("corpus")});
    std::vector<std::string> texts;
    for (const auto& d : r.docs) texts.push_back(d.text);
    EXPECT_EQ(texts, (std::vector<std::string>{"AZ", "B", "C1", "C2"}));
}

TEST(RecordReader, InputFormatOverrideReadsTxtAsJsonLines) {
    TempDir dir;
    const auto path = dir.write("records.txt", kThreeRecords);
    ReaderOptions options;
    options.format = InputFormat::jsonl;
    EXPECT_EQ(read_paths({path}, options).docs.size(), 3u);
    options.format = InputFormat::text;
    const auto as_text = read_paths({dir.write("records.jsonl", kThreeRecords)}, options);
    ASSERT_EQ(as_text.docs.size(), 1u);
    EXPECT_EQ(as_text.docs[0].text, kThreeRecords);
}

TEST(RecordReader, ChoosesFormatByExtension) {
    EXPECT_EQ(format_from_path("a.jsonl"), InputFormat::jsonl);
    EXPECT_EQ(format_from_path("a.ndjson.zst"), InputFormat::jsonl);
    EXPECT_EQ(format_from_path("a.jsonl.gz"), InputFormat::jsonl);
    EXPECT_EQ(format_from_path("a.txt.gz"), InputFormat::text);
    EXPECT_EQ(format_from_path("jsonl"), InputFormat::text);
}

TEST(RecordDate, AcceptsTheThreeDocumentedForms) {
    EXPECT_EQ(parse_record_date("2024-01-27"), (Date{2024, 1, 27}));
    EXPECT_EQ(parse_record_date("20240127"), (Date{2024, 1, 27}));
    EXPECT_EQ(parse_record_date("2024-01-27T23:59:59+02:00"), (Date{2024, 1, 27}));
    EXPECT_FALSE(parse_record_date("27/01/2024"));
    EXPECT_FALSE(parse_record_date("2024-13-01"));
}

// Issue 13 item 16: "records read" counted a missing path and the cut end of
// a damaged file as records.
TEST(RecordReader, CountsAMissingPathAndATruncatedInputApartFromRecords) {
    TempDir dir;
    std::string compressed = sitrep::testing::gzip(kThreeRecords + kThreeRecords);
    compressed.resize(compressed.size() / 2);
    const auto cut = dir.write("cut.jsonl.gz", compressed);
    const auto r = read_paths({dir.path("missing.jsonl"), cut, dir.write("good.jsonl", kThreeRecords)});
    EXPECT_EQ(r.counts.unreadable, 1u);
    EXPECT_EQ(r.counts.truncated, 1u);
    // Only records met: the complete lines before the cut (one torn line may
    // be met and rejected) and the three good ones.
    EXPECT_EQ(r.counts.records(), r.docs.size() + r.counts.rejected);
    EXPECT_LE(r.counts.rejected, 1u);
    EXPECT_EQ(r.counts.failures(), 2u + r.counts.rejected);
}

// Item 16: duplicate ids were accepted silently.
TEST(RecordReader, WarnsOnADuplicateIdWithTheLineOfItsFirstUse) {
    TempDir dir;
    const auto first = dir.write("a.jsonl", R"({"id":"x1","text":"one"})"
                                            "\n"
                                            R"({"id":7,"text":"two"})"
                                            "\n");
    const auto second = dir.write("b.jsonl", R"({"id":"y","text":"three"})"
                                             "\n"
                                             R"({"id":"x1","text":"four"})"
                                             "\n"
                                             R"({"text":"no id"})"
                                             "\n"
                                             R"({"id":"7","text":"five"})"
                                             "\n");
    const auto r = read_paths({first, second});
    ASSERT_EQ(r.docs.size(), 6u);  // read and coded all the same
    EXPECT_TRUE(r.docs[0].diagnostics.empty());
    ASSERT_EQ(r.docs[3].diagnostics.size(), 1u);
    EXPECT_EQ(r.docs[3].diagnostics[0].format(),
              second + ":2: warning: duplicate id \"x1\" (first used at " + first + ":1); record read");
    ASSERT_EQ(r.docs[5].diagnostics.size(), 1u);  // 7 and "7" are the same id
    EXPECT_NE(r.docs[5].diagnostics[0].message.find("first used at " + first + ":2"), std::string::npos);
    EXPECT_TRUE(r.docs[4].diagnostics.empty());
    EXPECT_EQ(r.counts.failures(), 0u);
}

// Item 16: a number out of a double's range in a field sitrep does not read
// rejected a nested record (the full JSON parser refused it).
TEST(RecordReader, AcceptsAnOutOfRangeNumberInAnUnreadFieldOfANestedRecord) {
    TempDir dir;
    const auto r =
        read_paths({dir.write("n.jsonl", R"({"id":"a","meta":{"score":1e400,"note":"1e400 \"q\" 2.5"},"text":"one"})"
                                         "\n"
                                         R"({"id":1e400,"meta":[1],"text":"two"})"
                                         "\n")});
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].meta.id, "a");
    EXPECT_EQ(r.docs[0].text, "one");
    EXPECT_EQ(r.counts.rejected, 1u);  // an id must still be a string or an integer
    EXPECT_TRUE(mentions(r.problems, "n.jsonl:2: error: field \"id\" must be a string, not number"));
}

TEST(RecordReader, CountsEveryRecordAsReadOrRejected) {
    TempDir dir;
    const auto r = read_paths({dir.write("mix.jsonl", R"({"text":"a"})"
                                                      "\n{\n"
                                                      R"({"text":1})"
                                                      "\n"
                                                      R"({"text":"d"})"
                                                      "\n")});
    EXPECT_EQ(r.counts.read, 2u);
    EXPECT_EQ(r.counts.rejected, 2u);
    EXPECT_EQ(r.counts.records(), 4u);
}

}  // namespace
}  // namespace sitrep::io
