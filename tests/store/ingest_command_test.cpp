// `sitrep ingest` and `sitrep query` as users run them: the real binary on
// real files, including an ingest killed with SIGKILL half-way, and two
// ingests writing into one PostgreSQL store at once.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "../cli/run_binary.hpp"
#include "postgres_cluster.hpp"
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

    // GDELT TSV rows carry the store's ids, as the JSON Lines records do.
    std::set<std::string> ids, tsv_ids;
    std::istringstream records(r.out);
    for (std::string line; std::getline(records, line);) ids.insert(nlohmann::json::parse(line).at("id"));
    r = run_sitrep(dir, "query --db " + db + " --format tsv --no-header");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream tsv(r.out);
    for (std::string line; std::getline(tsv, line);) tsv_ids.insert(line.substr(0, line.find('\t')));
    EXPECT_EQ(tsv_ids, ids);

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
        "{\"id\":\"c\",\"date\":\"2024-02-03\",\"text\":\"Iran condemned the American air strikes in eastern "
        "Syria.\"}\n");
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

// A store as `sitrep query` prints it: every event (stable id, fields,
// mentions) and both rollups, in a stable order.
std::multiset<std::string> queried_store(testing::TempDir& dir, const std::string& db) {
    std::multiset<std::string> out;
    for (const std::string& args : {"", " --by day,country,root,quad", " --by day,dyad,root"}) {
        const auto r = run_sitrep(dir, "query --db " + db + args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        std::istringstream in(r.out);
        for (std::string line; std::getline(in, line);) {
            auto j = nlohmann::json::parse(line);
            j.erase("updated_at");
            out.insert(args + " " + j.dump());
        }
    }
    return out;
}

// Three articles; the first and the second report one event with a verb the
// built-in dictionaries lack ("zorbled"), which a user dictionary adds.
const std::string kRecodeInput =
    "{\"id\":\"a\",\"date\":\"2024-02-12\",\"text\":\"Turkish forces zorbled Syrian troops near Aleppo on "
    "Monday. Iraq and Turkey signed an agreement on water sharing.\"}\n"
    "{\"id\":\"b\",\"date\":\"2024-02-12\",\"text\":\"Iraq and Turkey signed an agreement on water sharing. "
    "Turkish forces zorbled Syrian troops near Aleppo on Monday, officials said.\"}\n"
    "{\"id\":\"c\",\"date\":\"2024-02-13\",\"text\":\"Iran condemned the American air strikes in eastern "
    "Syria.\"}\n";
const std::string kZorbleVerbs = "#! sitrep verbs 1\nverb zorble (zorbles, zorbled, zorbling) = 173\n";

std::string last_update(const std::string& db) {
    store::EventStore s(db, store::StoreOptions{.read_only = true});
    auto q = s.database().prepare("SELECT max(updated_at) FROM events");
    return q.step() ? q.text(0) : std::string();
}

TEST(IngestCommand, RecodeWithANewVerbStoresWhatAFreshIngestWould) {
    testing::TempDir dir;
    const std::string input = quoted(dir.write("news.jsonl", kRecodeInput));
    const std::string verbs = quoted(dir.write("zorble.verbs", kZorbleVerbs));
    const std::string raw_db = dir.path("recoded.db");
    const std::string db = quoted(raw_db);
    auto r = run_sitrep(dir, "ingest -q --db " + db + " " + input);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(run_sitrep(dir, "query --db " + db + " --code 173 --count").out, "0\n");
    const std::string since = last_update(raw_db);

    r = run_sitrep(dir, "ingest --db " + db + " --recode --dictionary " + verbs);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("documents 2 recoded, 1 unchanged, 0 skipped"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("events 1 new"), std::string::npos) << r.err;
    r = run_sitrep(dir, "query --db " + db + " --code 173");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;  // the two reports merged
    const auto zorbled = nlohmann::json::parse(r.out);
    EXPECT_EQ(zorbled.at("mention_count"), 2);
    // The change feed lists it.
    r = run_sitrep(dir, "query --db " + db + " --since " + since);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(zorbled.at("id").get<std::string>()), std::string::npos) << r.out;

    // Event for event, and the rollups, as a fresh ingest with the new dictionary.
    const std::string fresh = quoted(dir.path("fresh.db"));
    r = run_sitrep(dir, "ingest -q --db " + fresh + " --dictionary " + verbs + " " + input);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(queried_store(dir, db), queried_store(dir, fresh));
    {
        store::EventStore s(raw_db);
        testing::expect_consistent(s.database());
    }

    // Twice: nothing left to re-code, nothing changes.
    const std::string after = last_update(raw_db);
    r = run_sitrep(dir, "ingest --db " + db + " --recode --dictionary " + verbs);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("documents 0 recoded, 0 unchanged"), std::string::npos) << r.err;
    EXPECT_EQ(last_update(raw_db), after);
    // Forced: every document is coded again and comes out as stored.
    r = run_sitrep(dir, "ingest --db " + db + " --recode --force --dictionary " + verbs);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("documents 0 recoded, 3 unchanged"), std::string::npos) << r.err;
    EXPECT_EQ(last_update(raw_db), after);
    EXPECT_EQ(queried_store(dir, db), queried_store(dir, fresh));
    // Back to the built-in dictionaries: the event goes, with a tombstone.
    r = run_sitrep(dir, "ingest --db " + db + " --recode");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("1 deleted"), std::string::npos) << r.err;
    EXPECT_EQ(run_sitrep(dir, "query --db " + db + " --code 173 --count").out, "0\n");
}

TEST(IngestCommand, RecodeSkipsDocumentsStoredWithoutText) {
    testing::TempDir dir;
    const std::string input = quoted(dir.write("news.jsonl", kRecodeInput));
    const std::string db = quoted(dir.path("events.db"));
    auto r = run_sitrep(dir, "ingest -q --no-text --db " + db + " " + input);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = run_sitrep(dir,
                   "ingest --db " + db + " --recode --dictionary " + quoted(dir.write("zorble.verbs", kZorbleVerbs)));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("a: skipped: stored without its text (--no-text), cannot be re-coded"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("documents 0 recoded, 0 unchanged, 3 skipped"), std::string::npos) << r.err;
    EXPECT_EQ(run_sitrep(dir, "query --db " + db + " --code 173 --count").out, "0\n");
    // Inputs and --recode do not go together.
    EXPECT_EQ(run_sitrep(dir, "ingest --db " + db + " --recode " + input).exit_code, 2);
}

// Starts `sitrep ingest` on `input` into `db` without waiting.
pid_t start_ingest(const std::string& db, const std::string& input, const char* batch) {
    const pid_t child = fork();
    if (child == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl(SITREP_BINARY, SITREP_BINARY, "ingest", "-q", "--batch", batch, "--db", db.c_str(), input.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    return child;
}

// Regression: two ingests starting at once on a new SQLite file failed about
// half the time with "database is locked" (switching the file to WAL does not
// wait for the other process as a batch does).
TEST(IngestCommand, IngestsStartingTogetherOnANewFileAllSucceed) {
    testing::TempDir dir;
    constexpr int kWriters = 3;
    std::vector<std::string> inputs;
    for (int w = 0; w < kWriters; ++w)
        inputs.push_back(dir.write("feed-" + std::to_string(w) + ".jsonl",
                                   "{\"id\":\"d-" + std::to_string(w) +
                                       "\",\"date\":\"2024-02-10\",\"text\":\"Iraq and Turkey signed an "
                                       "agreement on water sharing.\"}\n"));
    for (int round = 0; round < 5; ++round) {
        const std::string db = dir.path("events-" + std::to_string(round) + ".db");
        std::vector<pid_t> children;
        for (const auto& in : inputs) children.push_back(start_ingest(db, in, "10"));
        for (pid_t child : children) {
            int status = 0;
            waitpid(child, &status, 0);
            ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "an ingest failed in round " << round;
        }
        store::EventStore s(db);
        EXPECT_EQ(scalar(s.database(), "SELECT count(*) FROM documents"), kWriters);
    }
}

TEST(IngestCommandPostgres, TwoConcurrentIngestsLoseNoMentionAndCountDuplicatesOnce) {
    std::string why;
    bool missing = false;
    auto* cluster = testing::PostgresCluster::get(why, missing);
    if (!cluster && missing) GTEST_SKIP() << "PostgreSQL cases skipped: " << why;
    ASSERT_NE(cluster, nullptr) << "no PostgreSQL cluster: " << why;

    // Two feeds of 150 documents each; every story is in both (other ids:
    // the same wire copy from two outlets), so their events must merge
    // across the two writers, and no mention may be lost. Batches of 10, so
    // the two writers' transactions interleave.
    testing::TempDir dir;
    constexpr int kDocuments = 150;
    std::string a, b;
    for (int i = 0; i < kDocuments; ++i) {
        const std::string text = "Iraq and Turkey signed an agreement on water sharing number " + std::to_string(i) +
                                 ". Iran condemned the American air strikes in eastern Syria on day " +
                                 std::to_string(i) + ".";
        const std::string date = "2024-02-" + std::to_string(10 + i % 19);
        a += "{\"id\":\"a-" + std::to_string(i) + "\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
        b += "{\"id\":\"b-" + std::to_string(i) + "\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
    }
    const std::string in_a = dir.write("a.jsonl", a), in_b = dir.write("b.jsonl", b);
    const std::string pg = cluster->new_database();
    // Both start on an empty database: they race to create the schema too.
    const pid_t first = start_ingest(pg, in_a, "10");
    const pid_t second = start_ingest(pg, in_b, "10");
    for (pid_t child : {first, second}) {
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "an ingest failed";
    }
    // The same two feeds one after the other into SQLite.
    const std::string lite = dir.path("events.db");
    for (const auto& in : {in_a, in_b}) {
        auto r = run_sitrep(dir, "ingest -q --db " + quoted(lite) + " " + quoted(in));
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    store::EventStore together(pg), apart(lite);
    EXPECT_EQ(scalar(together.database(), "SELECT count(*) FROM documents"), 2 * kDocuments);
    const int64_t mentions = scalar(apart.database(), "SELECT count(*) FROM mentions");
    EXPECT_GT(mentions, 2 * kDocuments);
    EXPECT_EQ(scalar(together.database(), "SELECT count(*) FROM mentions"), mentions);
    // Duplicates merged across the two writers as within one: as many events
    // as one ingest after the other made (the stories differ only in their
    // numbers, so many merge), none without a mention of each feed.
    EXPECT_EQ(scalar(together.database(),
                     "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m "
                     "JOIN documents d ON d.id = m.document WHERE m.event = e.seq AND "
                     "d.doc LIKE 'b-%')"),
              0);
    EXPECT_EQ(scalar(together.database(), "SELECT count(*) FROM events"),
              scalar(apart.database(), "SELECT count(*) FROM events"));
    testing::expect_consistent(together.database());

    // `sitrep query` reads the PostgreSQL store as it reads a file.
    auto r = run_sitrep(dir, "query --db " + quoted(pg) + " --count --actor IRQ");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(std::stoll(r.out), scalar(apart.database(),
                                        "SELECT count(*) FROM events WHERE source_code LIKE 'IRQ%' "
                                        "OR target_code LIKE 'IRQ%'"));
}

}  // namespace
}  // namespace sitrep
