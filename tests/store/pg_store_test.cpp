// What only the PostgreSQL store has (store/pg_partitions.hpp,
// store/pg_ingest.hpp): events in month partitions made on demand, the
// bulk (COPY) ingest storing exactly what the per-statement path stores on
// SQLite, and the migration of a store made before the partitions. One
// throwaway cluster for the process (postgres_cluster.hpp); the suite's name
// has "Postgres" so that CTest runs it in the store_postgresql entry.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>

#include "../io/test_files.hpp"
#include "io/event_json.hpp"
#include "postgres_cluster.hpp"
#include "store/schema.hpp"
#include "store_helpers.hpp"

namespace sitrep {
namespace {

using testing::EventSpec;
using testing::expect_consistent;
using testing::make_document;
using testing::scalar;

class PostgresStore : public ::testing::Test {
protected:
    void SetUp() override {
        std::string why;
        bool missing = false;
        cluster_ = testing::PostgresCluster::get(why, missing);
        if (!cluster_ && missing) GTEST_SKIP() << "PostgreSQL cases skipped: " << why;
        if (!cluster_) FAIL() << "no PostgreSQL cluster: " << why;
    }
    testing::TempDir dir_;
    testing::PostgresCluster* cluster_ = nullptr;
};

std::multiset<std::string> content(store::EventStore& s) {
    std::multiset<std::string> out;
    s.query({}, [&](const store::StoredEvent& e) { out.insert(io::event_to_json(e.record)); });
    for (const char* table : {"rollup_day", "rollup_dyad"}) {
        auto rows = s.database().prepare(std::string("SELECT * FROM ") + table + " WHERE events <> 0 OR mentions <> 0");
        while (rows.step())
            out.insert(std::string(table) + " " + rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2) + "|" +
                       rows.text(3) + "|" + std::to_string(rows.int64(4)) + "|" + std::to_string(rows.int64(5)));
    }
    return out;
}

// The partitions of `events` and how many rows each holds.
std::map<std::string, int64_t> partitions(store::Database& db) {
    std::map<std::string, int64_t> out;
    auto s = db.prepare(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "WHERE i.inhparent = 'events'::regclass");
    std::vector<std::string> names;
    while (s.step()) names.push_back(s.text(0));
    for (const auto& n : names) out[n] = scalar(db, "SELECT count(*) FROM " + n);
    return out;
}

// Documents whose events repeat across them (merged by the duplicate rule),
// fill what earlier reports lacked (place, attribution, counts), span
// months and include undated events.
std::vector<Document> batch_one() {
    auto a = make_document("a", {"Iraq met Turkey in Ankara on Monday.", "Iran met Syria."},
                           {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"},
                            EventSpec{.sentence = 1, .source = "IRN", .target = "SYR", .date = Date{2024, 5, 10}}});
    auto b = make_document("b", {"Iraq met Turkey in Ankara on Monday, officials said."},
                           {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR", .place_country = "TUR"}});
    b.events[0].counts.killed = 3;
    b.events[0].attribution = Attribution{"officials", "GOV", Span{40, 49}};
    auto c = make_document("c", {"Egypt met Libya at some point."},
                           {EventSpec{.sentence = 0, .source = "EGY", .target = "LBY", .date = Date{}}});
    return {a, b, c};
}

std::vector<Document> batch_two() {
    // Merges into stored events (a's first, c's undated one) and adds a December.
    auto d = make_document("d", {"Iraq met Turkey in Ankara on Monday, the ministry said."},
                           {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR", .place_country = "IRQ"}});
    d.events[0].counts.injured = 2;
    auto e = make_document("e", {"Egypt met Libya at some point, again."},
                           {EventSpec{.sentence = 0, .source = "EGY", .target = "LBY", .date = Date{}}});
    auto f = make_document("f", {"Chile met Peru.", "Envoys of both held long talks about fishing rights in Lima."},
                           {EventSpec{.sentence = 0, .source = "CHL", .target = "PER", .date = Date{2024, 12, 31}},
                            EventSpec{.sentence = 1, .source = "CHL", .target = "PER", .date = Date{2024, 12, 31}}});
    return {d, e, f};
}

TEST_F(PostgresStore, MonthPartitionsAreMadeOnDemandAndUndatedEventsGoToTheDefault) {
    store::EventStore s(cluster_->new_database());
    EXPECT_EQ(partitions(s.database()), (std::map<std::string, int64_t>{{"events_undated", 0}}));
    s.ingest(batch_one());
    EXPECT_EQ(partitions(s.database()),
              (std::map<std::string, int64_t>{{"events_2024_03", 1}, {"events_2024_05", 1}, {"events_undated", 1}}));
    s.ingest(batch_two());
    const auto after = partitions(s.database());
    EXPECT_EQ(after.at("events_2024_12"), 2);  // two events: the sentences are too unlike to merge
    EXPECT_EQ(after.at("events_undated"), 1);  // e merged into c's event
    EXPECT_EQ(scalar(s.database(), "SELECT count(*) FROM event_ids"),
              scalar(s.database(), "SELECT count(*) FROM events"));
    store::EventFilter december;
    december.from = "2024-12-01";
    december.to = "2024-12-31";
    EXPECT_EQ(s.count(december), 2);
    expect_consistent(s.database());

    // Deleting events (their only document changed) frees their ids.
    s.ingest(std::vector<Document>{make_document("f", {"Nothing happened."}, {})});
    EXPECT_EQ(s.count(december), 0);
    EXPECT_EQ(scalar(s.database(), "SELECT count(*) FROM event_ids"),
              scalar(s.database(), "SELECT count(*) FROM events"));
    expect_consistent(s.database());
}

TEST_F(PostgresStore, BulkIngestStoresWhatThePerStatementPathStoresOnSqlite) {
    store::EventStore pg(cluster_->new_database());
    store::EventStore lite(dir_.path("same.db"));
    for (store::EventStore* s : {&pg, &lite}) {
        s->ingest(batch_one());
        s->ingest(batch_two());
        // A batch with a changed document goes the per-statement way on both.
        s->ingest(std::vector<Document>{make_document("a", {"Iran met Syria."}, {EventSpec{.source = "IRN"}})});
        s->ingest(batch_one());  // b, c unchanged; a changed back
    }
    const auto pg_content = content(pg), lite_content = content(lite);
    EXPECT_EQ(pg_content, lite_content);
    EXPECT_GT(pg_content.size(), 8u);
    expect_consistent(pg.database());
    expect_consistent(lite.database());
}

TEST_F(PostgresStore, AStoreMadeBeforeThePartitionsIsMigrated) {
    // The rows of a store as the bulk path writes them...
    store::EventStore made(cluster_->new_database());
    made.ingest(batch_one());
    // ... copied into a store of schema version 2 (events one table).
    const std::string old_url = cluster_->new_database();
    {
        store::Database old(old_url);
        store::prepare_schema(old, 2);
        EXPECT_EQ(scalar(old, "SELECT version FROM schema_version"), 2);
        for (const char* table :
             {"documents", "sentences", "events", "mentions", "tombstones", "rollup_day", "rollup_dyad"}) {
            const std::string columns =
                std::string(table) == "sentences" ? "id, document, idx, \"begin\", \"end\", text" : "*";
            auto rows = made.database().prepare(std::string("SELECT ") + columns + " FROM " + table);
            std::vector<std::vector<std::optional<std::string>>> values;
            int n = 0;
            while (rows.step()) {
                n = rows.column_count();
                auto& row = values.emplace_back();
                for (int c = 0; c < n; ++c)
                    row.push_back(rows.is_null(c) ? std::nullopt : std::optional<std::string>(rows.text(c)));
            }
            if (values.empty()) continue;
            std::string params;
            for (int c = 1; c <= n; ++c) params += (c > 1 ? ", ?" : "?") + std::to_string(c);
            auto insert = old.prepare(std::string("INSERT INTO ") + table +
                                      (columns == "*" ? "" : " (" + columns + ")") + " VALUES (" + params + ")");
            for (const auto& row : values) {
                for (int c = 0; c < n; ++c) {
                    const auto& v = row[static_cast<size_t>(c)];
                    if (v)
                        insert.bind(c + 1, *v);
                    else
                        insert.bind_null(c + 1);
                }
                insert.run();
            }
        }
        old.exec(
            "SELECT setval('events_seq_seq', (SELECT max(seq) FROM events)); "
            "SELECT setval('documents_id_seq', (SELECT max(id) FROM documents)); "
            "SELECT setval('sentences_id_seq', (SELECT max(id) FROM sentences)); "
            "SELECT setval('mentions_id_seq', (SELECT max(id) FROM mentions))");
    }
    store::EventStore migrated(old_url);
    EXPECT_EQ(scalar(migrated.database(), "SELECT version FROM schema_version"),
              store::current_schema_version(store::Backend::postgresql));
    EXPECT_EQ(partitions(migrated.database()),
              (std::map<std::string, int64_t>{{"events_2024_03", 1}, {"events_2024_05", 1}, {"events_undated", 1}}));
    EXPECT_EQ(content(migrated), content(made));
    // It goes on as a store made partitioned: the next batch merges alike.
    made.ingest(batch_two());
    migrated.ingest(batch_two());
    EXPECT_EQ(content(migrated), content(made));
    expect_consistent(migrated.database());
}

}  // namespace
}  // namespace sitrep
