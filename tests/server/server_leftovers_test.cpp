// Issue 11's leftovers over a real store and server: a stream whose query
// fails after the 200 went out does not look complete; the change feed pages
// tombstones with the events by time; POST /api/code merges duplicates as
// `sitrep code` does unless mentions=raw.
#include <gtest/gtest.h>

#include <sstream>

#include "server_fixture.hpp"

namespace sitrep::testing {
namespace {

using nlohmann::json;

TEST(ServeStream, AFailedQueryCutsTheStreamShortWithAnErrorLine) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    auto options = options_for(db, false);
    options.stream_timeout = std::chrono::milliseconds(0);  // the query stops at SQLite's first progress check
    RunningServer server(options);
    auto c = server.client();
    int status = 0;
    std::string body;
    const auto r = c.Get(
        "/api/events?format=ndjson&limit=100000&text=coalition%20OR%20Iraq",
        [&](const httplib::Response& head) {
            status = head.status;
            return true;
        },
        [&](const char* data, std::size_t n) {
            body.append(data, n);
            return true;
        });
    EXPECT_EQ(status, 200);  // the stream had begun
    EXPECT_FALSE(r) << "the client saw a complete chunked body: " << body;
    ASSERT_FALSE(body.empty());
    ASSERT_EQ(body.back(), '\n');
    const std::string last = body.substr(body.rfind('\n', body.size() - 2) + 1);
    const json j = json::parse(last);
    EXPECT_EQ(j.at("error").at("code"), "query_timeout");
    // The same request with the usual limit ends complete, without the line.
    RunningServer normal(options_for(db, false));
    auto c2 = normal.client();
    const auto full = c2.Get("/api/events?format=ndjson&limit=100000&text=coalition%20OR%20Iraq");
    ASSERT_TRUE(full);
    EXPECT_EQ(full->body.find("\"error\""), std::string::npos);
    // GeoJSON cut short is not a JSON document.
    const auto geo = c.Get("/api/events?format=geojson&limit=100000&text=coalition%20OR%20Iraq");
    EXPECT_FALSE(geo);
}

// One change of the feed: its time (updated_at or deleted_at) and kind.
struct Change {
    std::string time, id;
    bool tombstone;
};

TEST(ServeChanges, TombstonesArePagedWithTheEventsByTime) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    RunningServer server(options_for(db, true));
    auto c = server.client();
    const auto ingest = [&](const std::string& id, const std::string& text) {
        auto r = c.Post("/api/ingest?id=" + id + "&date=2024-03-04", bearer(kToken), text, "text/plain");
        ASSERT_TRUE(r);
        ASSERT_EQ(r->status, 200) << r->body;
    };
    ingest("x",
           "Turkish troops attacked Kurdish rebels in northern Iraq. Egyptian police arrested protesters in Cairo.");
    // The same document changed: its old events are deleted (tombstones) ...
    ingest("x", "Iran's foreign minister met Iraqi officials in Baghdad.");
    // ... and events changed after the tombstones were written.
    ingest("y",
           "Russian forces shelled Ukrainian positions near Kharkiv. Israel accused Hamas of violating the truce.");
    std::vector<Change> feed;
    std::string cursor;
    int pages = 0;
    for (; pages < 1000; ++pages) {
        const json page = get_json(c, "/api/changes?since=2000-01-01T00:00:00Z&limit=3" +
                                          (cursor.empty() ? std::string() : "&cursor=" + cursor));
        std::vector<Change> here;
        for (const auto& e : page.at("events")) here.push_back({e.at("updated_at"), e.at("id"), false});
        for (const auto& t : page.at("tombstones")) here.push_back({t.at("deleted_at"), t.at("id"), true});
        EXPECT_LE(here.size(), 3u);
        std::sort(here.begin(), here.end(), [](const Change& a, const Change& b) { return a.time < b.time; });
        feed.insert(feed.end(), here.begin(), here.end());
        if (page.at("next").is_null()) break;
        cursor = page.at("next");
    }
    std::size_t tombstones = 0;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < feed.size(); ++i) {
        tombstones += feed[i].tombstone;
        EXPECT_TRUE(ids.insert(feed[i].id).second) << "twice: " << feed[i].id;
        if (i) EXPECT_LE(feed[i - 1].time, feed[i].time) << "page order broken at change " << i;
    }
    ASSERT_GT(tombstones, 0u);
    // Events of "y" came after the tombstones, so the tombstones are not all on the last page.
    EXPECT_FALSE(feed.back().tombstone);
    EXPECT_EQ(feed.size() - tombstones, get_json(c, "/api/events?count=true").at("count").get<std::size_t>());
}

const std::string kTwoReports =
    R"({"id":"a","text":"Turkish troops attacked Kurdish rebels in northern Iraq on Monday.","date":"2024-03-04"})"
    "\n"
    R"({"id":"b","text":"Turkish troops attacked Kurdish rebels in northern Iraq on Monday.","date":"2024-03-04"})"
    "\n";

TEST(ServeCode, MergesDuplicatesUnlessMentionsRaw) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    RunningServer server(options_for(db, true));
    auto c = server.client();
    const auto code = [&](const std::string& query) {
        auto r = c.Post("/api/code" + query, bearer(kToken), kTwoReports, "application/x-ndjson");
        EXPECT_TRUE(r);
        if (!r) return json();
        EXPECT_EQ(r->status, 200) << r->body;
        return json::parse(r->body);
    };
    const json raw = code("?mentions=raw");
    const json merged = code("");
    ASSERT_GT(raw.at("events").size(), 0u);
    EXPECT_EQ(merged, code("?mentions=merged"));
    // Each event of one document is reported by the other too: raw has twice as many.
    EXPECT_EQ(raw.at("events").size(), 2 * merged.at("events").size());
    for (const auto& e : raw.at("events")) EXPECT_FALSE(e.contains("mentions"));
    for (const auto& e : merged.at("events")) {
        EXPECT_EQ(e.at("event").at("mentions").size(), 2u);
        ASSERT_EQ(e.at("mentions").size(), 2u);
        EXPECT_EQ(e.at("mentions").at(0), e.at("mention"));
        EXPECT_TRUE(e.at("mentions").at(0).at("first").get<bool>());
        EXPECT_FALSE(e.at("mentions").at(1).at("first").get<bool>());
        std::set<std::string> docs;
        for (const auto& m : e.at("mentions")) docs.insert(m.at("doc").get<std::string>());
        EXPECT_EQ(docs, (std::set<std::string>{"a", "b"}));
        const json& verb = e.at("mentions").at(1).at("spans").at("verb");
        EXPECT_EQ(verb.at("text"), "attacked");
    }
    // The command line's values only; /api/ingest always merges (the store does).
    auto r = c.Post("/api/code?mentions=some", bearer(kToken), kTwoReports, "application/x-ndjson");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
    EXPECT_EQ(json::parse(r->body).at("error").at("parameter"), "mentions");
    r = c.Post("/api/ingest?mentions=raw", bearer(kToken), kTwoReports, "application/x-ndjson");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
}

}  // namespace
}  // namespace sitrep::testing
