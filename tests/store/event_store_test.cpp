// The event store on real SQLite files in a temporary directory and on a
// throwaway PostgreSQL cluster, the same cases for both: the seed
// article stored as the batch merger would write it, re-ingest as a no-op,
// changed documents, duplicates across ingests, filters, the change feed and
// the rollups.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "../io/test_files.hpp"
#include "engine/engine.hpp"
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

// Every case runs on both backends: a SQLite file in a temporary directory,
// and a new database on this process's throwaway PostgreSQL cluster.
class EventStore : public ::testing::TestWithParam<store::Backend> {
protected:
    void SetUp() override {
        if (GetParam() == store::Backend::postgresql) {
            std::string why;
            bool missing = false;
            cluster_ = testing::PostgresCluster::get(why, missing);
            if (!cluster_ && missing) GTEST_SKIP() << "PostgreSQL cases skipped: " << why;
            if (!cluster_) FAIL() << "no PostgreSQL cluster: " << why;
        }
    }
    // A new store's location (`name` tells two SQLite files apart).
    std::string location(const std::string& name = "events.db") {
        return cluster_ ? cluster_->new_database() : dir_.path(name);
    }

    testing::TempDir dir_;
    testing::PostgresCluster* cluster_ = nullptr;
};

INSTANTIATE_TEST_SUITE_P(Backends, EventStore, ::testing::Values(store::Backend::sqlite, store::Backend::postgresql),
                         [](const auto& info) {
                             return std::string(info.param == store::Backend::sqlite ? "Sqlite" : "Postgres");
                         });

std::vector<store::StoredEvent> all_events(store::EventStore& s, const store::EventFilter& f = {}) {
    std::vector<store::StoredEvent> out;
    s.query(f, [&](const store::StoredEvent& e) { out.push_back(e); });
    return out;
}

TEST_P(EventStore, SeedArticleIsStoredAsTheBatchMergerWritesIt) {
    std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/examples/article.txt");
    ASSERT_TRUE(in);
    std::stringstream text;
    text << in.rdbuf();
    Diagnostics diagnostics;
    auto engine = Engine::load(EngineOptions{}, diagnostics);
    Document doc;
    doc.text = text.str();
    doc.meta.id = "article";
    doc.meta.story_date = Date{2024, 1, 27};
    engine->code(doc);
    ASSERT_GT(doc.events.size(), 5u);

    // What `sitrep code` writes: every event of the document through the merger.
    EventDeduplicator dedup;
    std::multiset<std::string> expected;
    auto records = io::event_records(doc);
    for (const auto& r : records) dedup.add_event(r.doc, r.sentence_text(), r.event);
    const auto merged = dedup.events();
    for (const auto& e : merged) {
        io::EventRecord r;
        r.doc = doc.meta.id;
        r.event = e;
        r.set_sentence_text(std::string(doc.view(doc.sentences[e.sentence].span)));
        expected.insert(io::event_to_json(r));
    }

    store::EventStore s(location());
    const auto stats = s.ingest(std::vector<Document>{doc});
    EXPECT_EQ(stats.documents_new, 1u);
    EXPECT_EQ(stats.mentions, doc.events.size());
    EXPECT_EQ(stats.events_new, merged.size());
    std::multiset<std::string> stored;
    for (const auto& e : all_events(s)) stored.insert(io::event_to_json(e.record));
    EXPECT_EQ(stored, expected);
    expect_consistent(s.database());

    store::EventFilter iraq;
    iraq.actor = "IRQ";
    EXPECT_GT(s.count(iraq), 0);
    for (const auto& e : all_events(s, iraq))
        EXPECT_TRUE((e.record.event.source && e.record.event.source->code.rfind("IRQ", 0) == 0) ||
                    (e.record.event.target && e.record.event.target->code.rfind("IRQ", 0) == 0));

    // The whole text is kept for drill-down.
    EXPECT_EQ(scalar(s.database(), "SELECT length(text) FROM documents"), static_cast<int64_t>(doc.text.size()));
}

TEST_P(EventStore, ReingestingTheSameDocumentIsANoOp) {
    store::EventStore s(location());
    const auto doc = make_document("d1", {"Iraq met Turkey.", "Iran met Syria."},
                                   {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"},
                                    EventSpec{.sentence = 1, .source = "IRN", .target = "SYR"}});
    s.ingest(std::vector<Document>{doc});
    const auto before = all_events(s);
    const auto again = s.ingest(std::vector<Document>{doc});
    EXPECT_EQ(again.documents_unchanged, 1u);
    EXPECT_EQ(again.mentions, 0u);
    const auto after = all_events(s);
    ASSERT_EQ(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].id, before[i].id);
        EXPECT_EQ(after[i].updated_at, before[i].updated_at);
        EXPECT_EQ(after[i].record.event.mentions.size(), 1u);
    }
    expect_consistent(s.database());
}

TEST_P(EventStore, AChangedDocumentReplacesItsMentionsAndLeavesTombstones) {
    store::EventStore s(location());
    s.ingest(std::vector<Document>{make_document("d1", {"Iraq met Turkey.", "Iran met Syria."},
                                                 {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"},
                                                  EventSpec{.sentence = 1, .source = "IRN", .target = "SYR"}})});
    const auto first = all_events(s);
    ASSERT_EQ(first.size(), 2u);
    const std::string since = first[0].updated_at;

    const auto stats =
        s.ingest(std::vector<Document>{make_document("d1", {"Iraq met Turkey.", "Egypt met Jordan today."},
                                                     {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"},
                                                      EventSpec{.sentence = 1, .source = "EGY", .target = "JOR"}})});
    EXPECT_EQ(stats.documents_replaced, 1u);
    EXPECT_EQ(stats.events_deleted, 2u);  // both lost their only mention; Iraq-Turkey comes back
    const auto now = all_events(s);
    ASSERT_EQ(now.size(), 2u);
    std::set<std::string> sources;
    for (const auto& e : now) {
        sources.insert(e.record.event.source->code);
        EXPECT_EQ(e.record.event.mentions.size(), 1u);
    }
    EXPECT_EQ(sources, (std::set<std::string>{"IRQ", "EGY"}));
    // The event re-reported at the same place keeps its id and has no tombstone.
    std::vector<store::Tombstone> gone;
    s.tombstones(since, [&](const store::Tombstone& t) { gone.push_back(t); });
    ASSERT_EQ(gone.size(), 1u);
    const int64_t iran = first[0].record.event.source->code == "IRN" ? first[0].id : first[1].id;
    EXPECT_EQ(gone[0].id, iran);
    EXPECT_EQ(gone[0].reason, "deleted");
    store::EventFilter feed;
    feed.since = since;
    EXPECT_EQ(s.count(feed), 2);
    // A time to the second, as a user types it, compares as the stored ones do.
    feed.since = since.substr(0, 19) + "Z";
    EXPECT_EQ(s.count(feed), 2);
    feed.since = "2999-01-01T00:00:00Z";
    EXPECT_EQ(s.count(feed), 0);
    expect_consistent(s.database());
}

TEST_P(EventStore, DuplicatesMergeAcrossIngestsAsWithinOneBatch) {
    const auto a = make_document("wire", {"About 2,500 U.S. troops are still deployed in Iraq, officials said."},
                                 {EventSpec{.sentence = 0, .source = "USA", .target = "IRQ"}});
    const auto b = make_document(
        "rewrite", {"Approximately 2,500 U.S. troops are still deployed in Iraq, officials said on Monday."},
        {EventSpec{.sentence = 0, .source = "USA", .target = "IRQ", .place_country = "IRQ", .lat = 33.3, .lon = 44.4}});
    const auto other = make_document("other", {"The weather in Oslo was cold and grey all week long."},
                                     {EventSpec{.sentence = 0, .source = "USA", .target = "IRQ"}});

    store::EventStore two_runs(location("two.db"));
    two_runs.ingest(std::vector<Document>{a});
    two_runs.ingest(std::vector<Document>{b, other});
    store::EventStore one_run(location("one.db"));
    one_run.ingest(std::vector<Document>{a, b, other});

    for (store::EventStore* s : {&two_runs, &one_run}) {
        const auto events = all_events(*s);
        ASSERT_EQ(events.size(), 2u);  // the rewording merged, the unlike sentence did not
        const auto& merged = events[0].record.event.mentions.size() == 2 ? events[0] : events[1];
        ASSERT_EQ(merged.record.event.mentions.size(), 2u);
        EXPECT_EQ(merged.record.event.mentions[0].doc, "wire");
        EXPECT_EQ(merged.record.event.mentions[1].doc, "rewrite");
        // The later mention named the place: filled in, and the rollup moved with it.
        ASSERT_TRUE(merged.record.event.place.has_value());
        EXPECT_EQ(merged.record.event.place->country, "IRQ");
        expect_consistent(s->database());
    }
    const auto rows = two_runs.aggregate({"day", "dyad"}, {});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].keys, (std::vector<std::string>{"2024-03-01", "USA", "IRQ"}));
    EXPECT_EQ(rows[0].events, 2);
    EXPECT_EQ(rows[0].mentions, 3);

    // Replacing the first report keeps the event alive with one mention fewer.
    two_runs.ingest(std::vector<Document>{make_document("wire", {"Nothing happened."}, {})});
    const auto after = all_events(two_runs);
    ASSERT_EQ(after.size(), 2u);
    for (const auto& e : after) EXPECT_EQ(e.record.event.mentions.size(), 1u);
    expect_consistent(two_runs.database());
}

TEST_P(EventStore, ReplacingTheFirstReportMovesTheEventToTheNextReportsSpans) {
    // The same story twice; in the second document it is the second sentence,
    // so every span of its report differs from the first report's.
    const auto wire = make_document("wire", {"About 2,500 U.S. troops are still deployed in Iraq, officials said."},
                                    {EventSpec{.sentence = 0, .source = "USA", .target = "IRQ"}});
    const auto later = make_document(
        "later", {"Markets were calm.", "About 2,500 U.S. troops are still deployed in Iraq, officials said today."},
        {EventSpec{.sentence = 1, .source = "USA", .target = "IRQ"}});
    store::EventStore s(location());
    s.ingest(std::vector<Document>{wire, later});
    ASSERT_EQ(all_events(s).size(), 1u);
    EXPECT_EQ(all_events(s)[0].record.event.verb_span, wire.events[0].verb_span);

    s.ingest(std::vector<Document>{make_document("wire", {"Nothing happened."}, {})});
    const auto after = all_events(s);
    ASSERT_EQ(after.size(), 1u);
    const Event& e = after[0].record.event;
    EXPECT_EQ(after[0].record.doc, "later");
    EXPECT_EQ(e.sentence, 1u);
    EXPECT_EQ(e.verb_span, later.events[0].verb_span);
    ASSERT_TRUE(e.source && e.target);
    EXPECT_EQ(e.source->span, later.events[0].source->span);
    EXPECT_EQ(e.target->span, later.events[0].target->span);
    EXPECT_EQ(after[0].record.sentence_text(),
              "About 2,500 U.S. troops are still deployed in Iraq, officials said today.");
    expect_consistent(s.database());
}

TEST_P(EventStore, ADocumentChangedTwiceInOneBatchKeepsTheFullTextIndexRight) {
    store::EventStore s(location());
    const auto v1 = make_document("d1", {"Iraq met Turkey about water."},
                                  {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"}});
    const auto v2 = make_document("d1", {"Iraq met Turkey about oil."},
                                  {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"}});
    const auto other = make_document("d2", {"Iran met Syria about water."},
                                     {EventSpec{.sentence = 0, .source = "IRN", .target = "SYR"}});
    s.ingest(std::vector<Document>{v1, other, v2});
    const auto count_text = [&](const char* words) {
        store::EventFilter f;
        f.text = words;
        return s.count(f);
    };
    EXPECT_EQ(count_text("water"), 1);
    EXPECT_EQ(count_text("oil"), 1);
    EXPECT_EQ(count_text("iraq"), 1);
    expect_consistent(s.database());
}

TEST_P(EventStore, FiltersSelectWhatTheySay) {
    store::EventStore s(location());
    s.ingest(std::vector<Document>{make_document(
        "d1", {"Iraqi police met Turkish officials in Mosul.", "Iran threatened Syria over water."},
        {EventSpec{
             .sentence = 0, .source = "IRQCOP", .target = "TURGOV", .place_country = "IRQ", .lat = 36.3, .lon = 43.1},
         EventSpec{.sentence = 1,
                   .source = "IRN",
                   .target = "SYR",
                   .root = "13",
                   .cameo = "138",
                   .date = Date{2024, 3, 5}}})});
    const auto count = [&](auto set) {
        store::EventFilter f;
        set(f);
        return s.count(f);
    };
    EXPECT_EQ(count([](auto&) {}), 2);
    EXPECT_EQ(count([](auto& f) { f.actor = "IRQ"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.actor = "TUR"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.source = "TUR"; }), 0);
    EXPECT_EQ(count([](auto& f) { f.target = "TURGOV"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.country = "IRN"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.country = "IRQ"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.code = "13"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.root = "04"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.from = "2024-03-02"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.to = "2024-03-01"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.bbox = std::array<double, 4>{40, 30, 45, 40}; }), 1);
    EXPECT_EQ(count([](auto& f) { f.bbox = std::array<double, 4>{0, 0, 10, 10}; }), 0);
    EXPECT_EQ(count([](auto& f) { f.place = "town"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.text = "water"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.text = "police AND mosul"; }), 1);
    EXPECT_EQ(count([](auto& f) { f.min_confidence = 0.9; }), 0);
    EXPECT_EQ(count([](auto& f) { f.negated_only = true; }), 0);
    EXPECT_EQ(count([](auto& f) { f.quad = 1; }), 2);

    const auto by_country = s.aggregate({"month", "country", "root"}, {});
    ASSERT_EQ(by_country.size(), 2u);
    EXPECT_EQ(by_country[0].keys, (std::vector<std::string>{"2024-03", "IRN", "13"}));
    store::EventFilter plover;
    plover.plover = "CONSULT";
    EXPECT_THROW(s.aggregate({"day"}, plover), store::StoreError);
    EXPECT_EQ(s.aggregate({"week"}, {}).at(0).keys[0], "2024-02-26");  // the Monday of 2024-03-01's week
}

// Pages (a limit and the (date, id) of the last row seen, as `sitrep serve`
// pages) are read from the covering indexes, and an actor on either side as
// the union of both sides' pages: walking them must give exactly the events
// of one query without a limit, in the same order, each once (an event with
// the actor on both sides too).
TEST_P(EventStore, PagesWalkTheEventsOfOneQueryInOrder) {
    store::EventStore s(location());
    const std::vector<std::string> codes = {"IRQCOP", "TURGOV", "IRQ", "SYRMIL", "IRNGOV"};
    const std::vector<std::string> roots = {"04", "19", "13"};
    std::vector<Document> docs;
    for (int d = 0; d < 12; ++d) {
        std::vector<std::string> sentences;
        std::vector<EventSpec> specs;
        for (int k = 0; k < 3; ++k) {
            const int n = d * 3 + k;
            sentences.push_back("Sentence " + std::to_string(n) + " of document " + std::to_string(d) + ".");
            EventSpec e{.sentence = static_cast<uint32_t>(k),
                        .source = codes[static_cast<size_t>(n) % codes.size()],
                        .target = codes[static_cast<size_t>(n * 3 + 1) % codes.size()],
                        .root = roots[static_cast<size_t>(n) % roots.size()],
                        .cameo = roots[static_cast<size_t>(n) % roots.size()] + "0",
                        .date = Date{2024, 3, 1 + n % 4}};  // several events per day: ties ordered by id
            // NULL dates order first in SQLite, last in PostgreSQL (known limit): SQLite only.
            if (n % 7 == 0 && GetParam() == store::Backend::sqlite) e.date = Date{};
            specs.push_back(e);
        }
        docs.push_back(make_document("p" + std::to_string(d), sentences, specs));
    }
    s.ingest(docs);
    const auto walk = [&](store::EventFilter f) {
        std::vector<int64_t> ids;
        f.limit = 2;
        for (;;) {
            std::vector<store::StoredEvent> page;
            s.query(f, [&](const store::StoredEvent& e) { page.push_back(e); });
            for (const auto& e : page) ids.push_back(e.id);
            if (page.size() < 2) return ids;
            const auto& last = page.back().record.event;
            f.after = std::make_pair(last.date.valid() ? last.date.iso() : std::string(), page.back().id);
        }
    };
    const auto filters = std::vector<std::function<void(store::EventFilter&)>>{
        [](auto&) {},
        [](auto& f) { f.actor = "IRQ"; },
        [](auto& f) {
            f.actor = "IRQ";
            f.root = "19";
        },
        [](auto& f) {
            f.actor = "TURGOV";
            f.from = "2024-03-02";
        },
        [](auto& f) {
            f.source = "SYR";
            f.to = "2024-03-03";
        },
        [](auto& f) {
            f.target = "IRN";
            f.root = "04";
        },
        [](auto& f) { f.country = "IRQ"; },
    };
    for (size_t i = 0; i < filters.size(); ++i) {
        store::EventFilter f;
        filters[i](f);
        std::vector<int64_t> whole;
        for (const auto& e : all_events(s, f)) whole.push_back(e.id);
        EXPECT_FALSE(whole.empty()) << "filter " << i;
        EXPECT_EQ(walk(f), whole) << "filter " << i;
        EXPECT_EQ(static_cast<int64_t>(whole.size()), s.count(f)) << "filter " << i;
    }
    // An event with the actor on both sides comes once.
    store::EventFilter iraq;
    iraq.actor = "IRQ";
    iraq.limit = 100;
    std::vector<int64_t> ids;
    s.query(iraq, [&](const store::StoredEvent& e) { ids.push_back(e.id); });
    EXPECT_EQ(std::set<int64_t>(ids.begin(), ids.end()).size(), ids.size());
}

TEST_P(EventStore, NoTextLeavesTheDocumentTextOutButKeepsSentences) {
    store::EventStore s(location(), store::StoreOptions{.keep_text = false});
    s.ingest(std::vector<Document>{
        make_document("d1", {"Iraq met Turkey."}, {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"}})});
    EXPECT_EQ(scalar(s.database(), "SELECT count(*) FROM documents WHERE text IS NULL"), 1);
    EXPECT_EQ(all_events(s).at(0).record.sentence_text(), "Iraq met Turkey.");
}

// Every stored event as sitrep.event/1 prints it (with its stable id and
// mentions), and the rollups: what a recode must leave as a fresh ingest would.
std::multiset<std::string> store_content(store::EventStore& s) {
    std::multiset<std::string> out;
    for (const auto& e : all_events(s)) out.insert(io::event_to_json(e.record));
    for (const char* table : {"rollup_day", "rollup_dyad"}) {
        auto rows = s.database().prepare(std::string("SELECT * FROM ") + table + " WHERE events <> 0 OR mentions <> 0");
        while (rows.step())
            out.insert(std::string(table) + " " + rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2) + "|" +
                       rows.text(3) + "|" + std::to_string(rows.int64(4)) + "|" + std::to_string(rows.int64(5)));
    }
    return out;
}

TEST_P(EventStore, RecodeReplacesOnlyChangedDocumentsAndEqualsAFreshIngest) {
    const auto old_d1 = make_document("d1", {"Iraq met Turkey.", "Iran met Syria."},
                                      {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"}});
    const auto new_d1 = make_document("d1", {"Iraq met Turkey.", "Iran met Syria."},
                                      {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"},
                                       EventSpec{.sentence = 1, .source = "IRN", .target = "SYR"}});
    // d2 reports d1's first event again: its mention must stay merged.
    const auto d2 =
        make_document("d2", {"Iraq met Turkey."}, {EventSpec{.sentence = 0, .source = "IRQ", .target = "TUR"}});
    const auto d3 =
        make_document("d3", {"Egypt met Libya."}, {EventSpec{.sentence = 0, .source = "EGY", .target = "LBY"}});
    const std::string at = location("recoded.db");
    {
        store::EventStore s(at, store::StoreOptions{.coder = "old"});
        s.ingest(std::vector<Document>{old_d1, d2, d3});
    }
    store::EventStore s(at, store::StoreOptions{.coder = "new"});
    auto stamp = s.database().prepare("SELECT max(updated_at) FROM events");
    ASSERT_TRUE(stamp.step());
    const std::string since = stamp.text(0);
    stamp.reset();

    const auto todo = s.documents_to_recode(0, 10, false);
    ASSERT_EQ(todo.size(), 3u);
    EXPECT_EQ(todo[0].input.id, "d1");
    EXPECT_EQ(todo[0].coded_with, "old");
    EXPECT_TRUE(todo[0].has_text);
    EXPECT_EQ(todo[0].input.text, old_d1.text);
    EXPECT_EQ(s.documents_to_recode(todo[0].row, 1, false).at(0).input.id, "d2");

    const auto stats = s.recode(std::vector<const Document*>{&new_d1, &d2, &d3});
    EXPECT_EQ(stats.documents_recoded, 1u);
    EXPECT_EQ(stats.documents_unchanged, 2u);
    EXPECT_EQ(stats.events_new, 1u);  // IRN-SYR; IRQ-TUR lived on through d2's mention
    EXPECT_EQ(stats.events_deleted, 0u);
    expect_consistent(s.database());
    EXPECT_TRUE(s.documents_to_recode(0, 10, false).empty());  // all coded by "new" now
    EXPECT_EQ(s.documents_to_recode(0, 10, true).size(), 3u);

    // The change feed names the new event (and the one whose mentions moved).
    store::EventFilter changed;
    changed.since = since;
    std::set<std::string> changed_pairs;
    for (const auto& e : all_events(s, changed)) changed_pairs.insert(e.record.event.source->code);
    EXPECT_EQ(changed_pairs, (std::set<std::string>{"IRN", "IRQ"}));

    // Event for event (stable ids, mentions in order, fields) and rollups as a fresh ingest.
    store::EventStore fresh(location("fresh.db"), store::StoreOptions{.coder = "new"});
    fresh.ingest(std::vector<Document>{new_d1, d2, d3});
    EXPECT_EQ(store_content(s), store_content(fresh));

    // Again, forced: every document comes out as stored; nothing changes.
    const auto again = s.recode(std::vector<const Document*>{&new_d1, &d2, &d3});
    EXPECT_EQ(again.documents_recoded, 0u);
    EXPECT_EQ(again.documents_unchanged, 3u);
    EXPECT_EQ(again.mentions, 0u);
    EXPECT_EQ(store_content(s), store_content(fresh));
}

TEST_P(EventStore, SchemaVersionIsRecordedAndANewerStoreIsRefused) {
    const std::string at = location();
    {
        store::EventStore s(at);
        EXPECT_EQ(scalar(s.database(), "SELECT version FROM schema_version"),
                  store::current_schema_version(GetParam()));
        EXPECT_EQ(store::current_schema_version(GetParam()), GetParam() == store::Backend::sqlite ? 3 : 4);
    }
    {
        store::EventStore s(at);
        s.database().exec("UPDATE schema_version SET version = 99");
    }
    EXPECT_THROW(store::EventStore{at}, store::StoreError);
}

}  // namespace
}  // namespace sitrep
