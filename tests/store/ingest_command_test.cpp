// `sitrep ingest` and `sitrep query` as users run them: the real binary on
// real files, including an ingest killed with SIGKILL half-way.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "../cli/run_binary.hpp"
#include "store_helpers.hpp"

namespace sitrep {
namespace {

using testing::quoted;
using testing::run_sitrep;
using testing::scalar;

const std::string kArticle = std::string(SITREP_SOURCE_DIR) + "/examples/article.txt";

TEST(IngestCommand, StoresTheSeedArticleAndQueriesIt) {
    testing::TempDir dir;
    const std::string db = quoted(dir.path("events.db"));
    auto r = run_sitrep(dir, "ingest -q --db " + db + " --date 2024-01-27 " + quoted(kArticle));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = run_sitrep(dir, "query --db " + db + " --count");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const int events = std::stoi(r.out);
    EXPECT_GT(events, 5);

    r = run_sitrep(dir, "query --db " + db);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    int lines = 0;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line); ++lines) {
        const auto j = nlohmann::json::parse(line);
        EXPECT_EQ(j.at("schema"), "sitrep.event/1");
        EXPECT_FALSE(j.at("id").get<std::string>().empty());
        EXPECT_GE(j.at("mention_count").get<int>(), 1);
    }
    EXPECT_EQ(lines, events);

    r = run_sitrep(dir, "query --db " + db + " --format geojson --actor IRQ");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out).at("type"), "FeatureCollection");
    r = run_sitrep(dir, "query --db " + db + " --by day,country,root");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    int total = 0;
    std::istringstream rows(r.out);
    for (std::string line; std::getline(rows, line);) total += nlohmann::json::parse(line).at("events").get<int>();
    EXPECT_EQ(total, events);

    // Again: nothing changes.
    r = run_sitrep(dir, "ingest --db " + db + " --date 2024-01-27 " + quoted(kArticle));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("1 unchanged"), std::string::npos) << r.err;
    EXPECT_EQ(std::stoi(run_sitrep(dir, "query --db " + db + " --count").out), events);
}

TEST(IngestCommand, BadRecordsAreReportedWithFileAndLineAndTheRestIsStored) {
    testing::TempDir dir;
    const std::string input = dir.write(
        "in.jsonl",
        "{\"id\":\"a\",\"date\":\"2024-02-03\",\"text\":\"Iraq and Turkey signed an agreement on water sharing.\"}\n"
        "{\"id\":\"b\",\"date\":\n"
        "{\"id\":\"c\",\"date\":\"2024-02-03\",\"text\":\"Iran condemned the American air strikes in eastern Syria.\"}\n");
    const std::string db = quoted(dir.path("events.db"));
    auto r = run_sitrep(dir, "ingest --db " + db + " " + quoted(input));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("in.jsonl:2:"), std::string::npos) << r.err;
    store::EventStore s(dir.path("events.db"));
    EXPECT_EQ(scalar(s.database(), "SELECT count(*) FROM documents"), 2);
    EXPECT_GE(scalar(s.database(), "SELECT count(*) FROM events"), 2);
    testing::expect_consistent(s.database());
}

TEST(IngestCommand, AKilledIngestLeavesTheStoreAsBeforeOrAfterABatch) {
    testing::TempDir dir;
    // Many small documents (seconds of coding): batches of 20 commit while the rest is coded.
    constexpr int kDocuments = 10000;
    std::string jsonl;
    for (int i = 0; i < kDocuments; ++i)
        jsonl += "{\"id\":\"doc-" + std::to_string(i) + "\",\"date\":\"2024-02-" + std::to_string(10 + i % 19) +
                 "\",\"text\":\"Turkish and Syrian officials held talks in Ankara about the return of refugees. "
                 "Iraq and Turkey signed an agreement on water sharing number " +
                 std::to_string(i) + ". Iran condemned the American air strikes in eastern Syria.\"}\n";
    const std::string input = dir.write("big.jsonl", jsonl);
    const std::string db = dir.path("events.db");

    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl(SITREP_BINARY, SITREP_BINARY, "ingest", "-q", "--batch", "20", "--db", db.c_str(), input.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    // Kill it once some batches are in, well before the end.
    int64_t stored = 0;
    for (int tries = 0; tries < 600 && stored < 40; ++tries) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        try {
            store::EventStore peek(db, store::StoreOptions{.read_only = true});
            stored = scalar(peek.database(), "SELECT count(*) FROM documents");
        } catch (const store::StoreError&) {  // not created yet
        }
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest ended before it could be killed";

    {
        store::EventStore s(db);
        const int64_t documents = scalar(s.database(), "SELECT count(*) FROM documents");
        EXPECT_GE(documents, 40);
        EXPECT_LT(documents, kDocuments);
        EXPECT_EQ(documents % 20, 0) << "a batch was stored in part";
        testing::expect_consistent(s.database());
    }
    // Running it again completes the store; what was in is skipped.
    auto r = run_sitrep(dir, "ingest --batch 500 --db " + quoted(db) + " " + quoted(input));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    store::EventStore s(db);
    EXPECT_EQ(scalar(s.database(), "SELECT count(*) FROM documents"), kDocuments);
    testing::expect_consistent(s.database());
}

}  // namespace
}  // namespace sitrep
