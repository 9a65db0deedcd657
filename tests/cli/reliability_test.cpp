// Issue 13: inputs that used to stall, exhaust or abort a batch. Each test is
// named after what it pins; docs/RELIABILITY.md lists the limits.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string>

#include "run_binary.hpp"

namespace sitrep::testing {
namespace {

// "A and B met C and D attacked E and ..." with no full stop: one sentence
// of a megabyte unless it is cut.
std::string unpunctuated(std::size_t bytes) {
    const char* clauses[] = {"Iraqi forces attacked Syrian troops", "Turkish officials met Iranian envoys",
                             "Egyptian police arrested Israeli soldiers"};
    std::string text;
    for (std::size_t i = 0; text.size() < bytes; ++i) text += std::string(clauses[i % 3]) + " and ";
    return text;
}

TEST(Reliability, AnUnpunctuatedTextCostsOutputInProportionToItsLength) {
    TempDir dir;
    const auto path = dir.write("long.txt", unpunctuated(std::size_t{256} << 10));
    const auto r = run_sitrep(dir, "code --mentions raw --date 2024-02-03 " + quoted(path));
    EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("cut into pieces of at most 200 tokens"), std::string::npos) << r.err.substr(0, 2000);
    // Was 895 MB (11.6 GiB for a megabyte): every event copied the whole text.
    EXPECT_LT(r.out.size(), std::size_t{64} << 20);
    EXPECT_GT(std::count(r.out.begin(), r.out.end(), '\n'), 100);
}

#if defined(__SANITIZE_ADDRESS__)
#define SITREP_NO_VM_LIMIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SITREP_NO_VM_LIMIT 1
#endif
#endif

// Runs `sitrep ARGS` with its address space capped at `kib` (ulimit -v).
[[maybe_unused]] RunResult run_sitrep_capped(const TempDir& dir, std::size_t kib, const std::string& args) {
    const std::string out = dir.path("stdout.txt"), err = dir.path("stderr.txt");
    const std::string command = "ulimit -v " + std::to_string(kib) + "; '" + SITREP_BINARY + "' " + args +
                                " </dev/null >'" + out + "' 2>'" + err + "'";
    const int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

TEST(Reliability, ADocumentThatExhaustsMemoryIsReportedAndTheBatchGoesOn) {
#ifdef SITREP_NO_VM_LIMIT
    GTEST_SKIP() << "an address-space cap cannot be combined with AddressSanitizer";
#else
    TempDir dir;
    const auto a = dir.write("a.txt", "Turkish forces attacked Syrian troops.");
    std::string big;
    const char* words[] = {"Iraqi",     "forces", "attacked", "Syrian", "troops", "near", "Baghdad",
                           "officials", "said",   "Turkey",   "met",    "Iran",   "."};
    for (std::size_t i = 0; big.size() < (std::size_t{4} << 20); ++i)
        big += std::string(words[(i * 7 + i / 13) % 13]) + " ";
    const auto b = dir.write("b.txt", big);
    const auto c = dir.write("c.txt", "Iranian officials met Iraqi envoys.");
    // 250 MB of address space: enough for the engine and a short article, not
    // for the four-megabyte one. It used to end the run with std::bad_alloc (exit 134).
    const auto r =
        run_sitrep_capped(dir, 250000, "code --date 2024-02-03 " + quoted(a) + " " + quoted(b) + " " + quoted(c));
    EXPECT_EQ(r.exit_code, 1) << r.err.substr(r.err.size() > 2000 ? r.err.size() - 2000 : 0);
    EXPECT_NE(r.err.find(b + ": error: "), std::string::npos);
    EXPECT_NE(r.err.find("out of memory"), std::string::npos);
    EXPECT_NE(r.err.find("sitrep: 3 records read, 2 coded, 1 rejected"), std::string::npos)
        << r.err.substr(r.err.size() > 2000 ? r.err.size() - 2000 : 0);
#endif
}

// Issue 13 item 4: a long run of bad records is reported as it is read and
// holds no memory (8 million "{}" lines used to hold 1.27 GiB of messages).
TEST(Reliability, RejectedRecordsAreReportedAsTheyAreRead) {
#ifdef SITREP_NO_VM_LIMIT
    GTEST_SKIP() << "an address-space cap cannot be combined with AddressSanitizer";
#else
    TempDir dir;
    std::string bad;
    for (int i = 0; i < 1500000; ++i) bad += "{}\n";
    const auto path = dir.write("bad.jsonl", bad);
    // Their 1.5 million messages held until the end would need about 300 MB.
    const auto r = run_sitrep_capped(dir, 200000, "code " + quoted(path));
    EXPECT_EQ(r.exit_code, 1) << r.err.substr(r.err.size() > 500 ? r.err.size() - 500 : 0);
    EXPECT_NE(r.err.find(path + ":1: error: missing \"text\" field"), std::string::npos) << r.err.substr(0, 500);
    EXPECT_NE(r.err.find(path + ":1500000: error: missing \"text\" field"), std::string::npos);
    EXPECT_NE(r.err.find("sitrep: 1500000 records read, 0 coded, 1500000 rejected"), std::string::npos);
#endif
}

// Item 6: a FIFO inside an input directory used to hang the batch forever.
TEST(Reliability, AFifoInsideAnInputDirectoryIsSkippedWithAWarning) {
    TempDir dir;
    dir.write("corpus/a.txt", "Turkish forces attacked Syrian troops.");
    const std::string fifo = dir.path("corpus/b-pipe");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto r = run_sitrep(dir, "code --date 2024-02-03 " + quoted(dir.path("corpus")));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(fifo + ": warning: not a regular file"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("sitrep: 1 records read, 1 coded, 0 rejected"), std::string::npos) << r.err;
}

// Item 12: a symlink to a directory is followed; one back into the walk is
// a loop, skipped with a warning.
TEST(Reliability, ASymlinkToADirectoryIsFollowedAndALoopIsNamed) {
    TempDir dir;
    dir.write("corpus/a.txt", "Turkish forces attacked Syrian troops.");
    dir.write("elsewhere/b.txt", "Iranian officials met Iraqi envoys.");
    ASSERT_EQ(::symlink(dir.path("elsewhere").c_str(), dir.path("corpus/linked").c_str()), 0);
    ASSERT_EQ(::symlink(dir.path("corpus").c_str(), dir.path("corpus/loop").c_str()), 0);
    const auto r = run_sitrep(dir, "code --date 2024-02-03 " + quoted(dir.path("corpus")));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(dir.path("corpus/loop") + ": warning: symlink loop"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("sitrep: 2 records read, 2 coded, 0 rejected"), std::string::npos) << r.err;
}

// Item 11: -1 wrapped around and values near 2^64 turned merging off.
TEST(Reliability, AMergeWindowOutOfRangeIsAUsageError) {
    TempDir dir;
    const auto a = quoted(dir.write("a.txt", "Turkish forces attacked Syrian troops."));
    EXPECT_EQ(run_sitrep(dir, "code --merge-window -1 " + a).exit_code, 2);
    const auto r = run_sitrep(dir, "code --merge-window 4611686018427387904 " + a);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--merge-window"), std::string::npos) << r.err;
    EXPECT_EQ(run_sitrep(dir, "code --merge-window 1000000000 " + a).exit_code, 0);
}

// Item 15: an empty or garbage suite said "0 passed, 0 failed" and exit 0.
TEST(Reliability, ValidateOnAnEmptyOrGarbageFileExitsTwo) {
    TempDir dir;
    for (const std::string& content : {std::string(), std::string("\x01\x02 not XML at all \xff")}) {
        const auto r = run_sitrep(dir, "validate " + quoted(dir.write("suite.xml", content)));
        EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
        EXPECT_NE(r.err.find("no validation record found"), std::string::npos) << r.err;
    }
}

// Item 9: a write error is reported with the system's reason, exit 2.
TEST(Reliability, AWriteErrorStopsTheRunWithTheSystemsReason) {
    TempDir dir;
    std::string many;
    for (int i = 0; i < 3000; ++i)
        many += R"({"text":"Turkish forces attacked Syrian troops near Aleppo."})"
                "\n";
    const auto path = dir.write("many.jsonl", many);
    const std::string err = dir.path("stderr.txt");
    const std::string command = std::string("'") + SITREP_BINARY + "' code --mentions raw --date 2024-02-03 " +
                                quoted(path) + " >/dev/full 2>'" + err + "'";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 2);
    EXPECT_NE(slurp(err).find("cannot write the output: No space left on device"), std::string::npos) << slurp(err);
}

// Item 17 (stderr part): a control character in a file name reaches stderr escaped.
TEST(Reliability, ControlCharactersInMessagesAreEscaped) {
    TempDir dir;
    const auto r = run_sitrep(dir, std::string("code '") + dir.path("no\x1b[31mfile") + "'");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("no\\x1b[31mfile"), std::string::npos) << r.err;
}

// Item 7: `dict check` said "ok" to a file `code --dictionary` rejects.
TEST(Reliability, DictCheckAndCodeGiveOneVerdictOnADictionary) {
    TempDir dir;
    const auto verbs = dir.write("bad.verbs", "#! sitrep verbs 1\nverb smash (smashes, smashed, smashing) = 999\n");
    const auto check = run_sitrep(dir, "dict check " + quoted(verbs));
    EXPECT_EQ(check.exit_code, 2) << check.out << check.err;
    EXPECT_NE(check.out.find("ERRORS"), std::string::npos) << check.out;
    const auto code = run_sitrep(dir, "code --dictionary " + quoted(verbs) + " " +
                                          quoted(dir.write("a.txt", "Turkish forces attacked Syrian troops.")));
    EXPECT_EQ(code.exit_code, 2) << code.err;
}

// Items 7 and 8: garbage, a directory and an endless file are errors (exit 2), not warnings.
TEST(Reliability, AGarbageDirectoryOrEndlessDictionaryIsAnError) {
    TempDir dir;
    const auto garbage = dir.write("notes.txt", "hello world\nthis is not\na dictionary at all\njust text\n");
    std::string binary;
    for (int i = 0; i < 4000; ++i) binary.push_back(static_cast<char>((i * 7919 + 13) % 256));
    const auto bin = dir.write("blob.bin", binary);
    for (const std::string& path : {garbage, bin, dir.path(), std::string("/dev/zero")}) {
        const auto r = run_sitrep(dir, "dict check -q " + quoted(path));
        EXPECT_EQ(r.exit_code, 2) << path << "\n" << r.out << r.err;
        EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("error"), std::string::npos) << r.err;
    }
    EXPECT_NE(run_sitrep(dir, "dict check /dev/zero").err.find("larger than 256 MiB"), std::string::npos);
}

// Item 10: SIGINT stops reading; what was read is coded and written as whole
// records, the merger is flushed, the summary printed, exit 128 + 2.
TEST(Reliability, SigintWritesWholeRecordsASummaryAndExits130) {
    TempDir dir;
    std::string many;
    for (int i = 0; i < 20000; ++i)
        many +=
            R"({"id":"d)" + std::to_string(i) +
            R"(","date":"2024-02-03","text":"Turkish forces attacked Syrian troops near Aleppo. Iran condemned the strikes."})"
            "\n";
    const auto path = dir.write("many.jsonl", many);
    const std::string out = dir.path("stdout.txt"), err = dir.path("stderr.txt");
    // Interrupt once the first records are out (the output file is not empty).
    const std::string command = std::string("'") + SITREP_BINARY + "' code --mentions raw " + quoted(path) + " " +
                                quoted(path) + " " + quoted(path) + " >'" + out + "' 2>'" + err + "' & p=$!; " +
                                "for i in $(seq 200); do [ -s '" + out + "' ] && break; sleep 0.05; done; " +
                                "kill -INT $p; wait $p";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    const std::string e = slurp(err), o = slurp(out);
    EXPECT_EQ(WEXITSTATUS(status), 130) << e;
    EXPECT_NE(e.find("interrupted by SIGINT"), std::string::npos) << e;
    EXPECT_NE(e.find(" records read, "), std::string::npos) << e;
    ASSERT_FALSE(o.empty());
    EXPECT_EQ(o.back(), '\n');  // no torn last record
    std::size_t lines = 0;
    for (std::size_t at = 0; at < o.size(); at = o.find('\n', at) + 1, ++lines)
        ASSERT_EQ(o.compare(at, 10, "{\"schema\":"), 0) << "line " << lines;
    EXPECT_LT(lines, 60000u);  // it did stop early
}

// Item 16: "records read" counted a missing path as a record.
TEST(Reliability, TheSummaryCountsUnreadablePathsApartFromRecordsRead) {
    TempDir dir;
    const auto good = dir.write("a.txt", "Turkish forces attacked Syrian troops.");
    const auto r = run_sitrep(dir, "code --date 2024-02-03 " + quoted(dir.path("missing.txt")) + " " + quoted(good));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("sitrep: 1 records read, 1 coded, 0 rejected, 1 unreadable paths ("), std::string::npos)
        << r.err;
}

// Item 16: duplicate ids were accepted silently.
TEST(Reliability, ADuplicateIdIsReportedWithTheLineOfItsFirstUse) {
    TempDir dir;
    const auto path = dir.write("d.jsonl", R"({"id":"s1","text":"Egypt hosted talks."})"
                                           "\n"
                                           R"({"id":"s1","text":"Qatar urged calm."})"
                                           "\n");
    const auto r = run_sitrep(dir, "code --date 2024-02-03 " + quoted(path));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(path + ":2: warning: duplicate id \"s1\" (first used at " + path + ":1)"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("sitrep: 2 records read, 2 coded, 0 rejected ("), std::string::npos) << r.err;
}

}  // namespace
}  // namespace sitrep::testing
