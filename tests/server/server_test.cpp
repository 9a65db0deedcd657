// sitrep serve over a real store of the seed article (server_fixture.hpp):
// filters, paging, formats, the evidence view, the token, errors and assets.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "server/assets.hpp"
#include "server/routes.hpp"
#include "server_fixture.hpp"

namespace sitrep::testing {
namespace {

using nlohmann::json;

// One store and server for the read-only tests; tests that write make their own.
class ServeSeed : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir();
        db_ = make_seed_store(*dir_);
        server_ = new RunningServer(options_for(db_, true));
    }
    static void TearDownTestSuite() {
        delete server_;
        delete dir_;
    }
    httplib::Client client() { return server_->client(); }
    int64_t count(const std::string& query) {
        auto c = client();
        return get_json(c, "/api/events?count=true" + query).at("count").get<int64_t>();
    }
    std::string any_event_id() {
        auto c = client();
        return get_json(c, "/api/events?limit=1").at("events").at(0).at("id").get<std::string>();
    }

    static TempDir* dir_;
    static std::string db_;
    static RunningServer* server_;
};
TempDir* ServeSeed::dir_ = nullptr;
std::string ServeSeed::db_;
RunningServer* ServeSeed::server_ = nullptr;

TEST_F(ServeSeed, HealthzAnswers) {
    auto c = client();
    const json j = get_json(c, "/healthz");
    EXPECT_EQ(j.at("status"), "ok");
    EXPECT_GT(j.at("snapshot").get<int64_t>(), 0);
    EXPECT_EQ(j.at("writing"), true);
}

TEST_F(ServeSeed, FiltersChangeCounts) {
    const int64_t all = count("");
    ASSERT_GT(all, 5);
    const int64_t consult = count("&root=04");
    EXPECT_GT(consult, 0);
    EXPECT_LT(consult, all);
    // The roots partition the events.
    int64_t sum = 0;
    for (int r = 1; r <= 20; ++r) {
        char root[3];
        std::snprintf(root, sizeof root, "%02d", r);
        sum += count(std::string("&root=") + root);
    }
    EXPECT_EQ(sum, all);
    EXPECT_LT(count("&actor=USA"), all);
    EXPECT_GT(count("&actor=USA"), 0);
    EXPECT_EQ(count("&source=ZZZ"), 0);
    EXPECT_LE(count("&quad=1") + count("&quad=2") + count("&quad=3") + count("&quad=4"), all);
    EXPECT_GT(count("&text=coalition"), 0);
    EXPECT_LT(count("&text=coalition"), all);
    EXPECT_EQ(count("&from=2999-01-01"), 0);
    // A page holds what the count says.
    auto c = client();
    EXPECT_EQ(static_cast<int64_t>(get_json(c, "/api/events?limit=1000&root=04").at("events").size()), consult);
}

TEST_F(ServeSeed, PagingCoversEveryEventOnce) {
    auto c = client();
    const auto all = page_through(c, "", 1000);
    ASSERT_EQ(static_cast<int64_t>(all.size()), count(""));
    for (int limit : {1, 3, 7}) {
        const auto paged = page_through(c, "", limit);
        EXPECT_EQ(paged, all) << "limit " << limit;
        EXPECT_EQ(std::set<std::string>(paged.begin(), paged.end()).size(), paged.size());
    }
    const auto consult = page_through(c, "&root=04", 2);
    EXPECT_EQ(static_cast<int64_t>(consult.size()), count("&root=04"));
}

TEST_F(ServeSeed, NdjsonAndGeojsonParse) {
    auto c = client();
    auto r = c.Get("/api/events?format=ndjson&limit=100000");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/x-ndjson");
    std::istringstream lines(r->body);
    int64_t n = 0, placed = 0;
    for (std::string line; std::getline(lines, line);) {
        const json e = json::parse(line);
        EXPECT_EQ(e.at("schema"), "sitrep.event/1");
        EXPECT_TRUE(e.at("id").is_string());
        if (!e.at("place").is_null()) ++placed;
        ++n;
    }
    EXPECT_EQ(n, count(""));
    EXPECT_FALSE(r->get_header_value("X-Sitrep-Snapshot").empty());

    r = c.Get("/api/events?format=geojson&limit=100000");
    ASSERT_TRUE(r);
    const json g = json::parse(r->body);
    EXPECT_EQ(g.at("type"), "FeatureCollection");
    EXPECT_EQ(static_cast<int64_t>(g.at("features").size()), placed);
    ASSERT_GT(placed, 0);
    const json& f = g.at("features").at(0);
    EXPECT_EQ(f.at("geometry").at("type"), "Point");
    EXPECT_EQ(f.at("geometry").at("coordinates").size(), 2u);
}

// RFC 4180 records: quoted fields may hold commas, quotes and newlines.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (ch == '"')
                quoted = false;
            else
                field += ch;
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (ch == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
        } else if (ch != '\r') {
            field += ch;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

TEST_F(ServeSeed, CsvParses) {
    auto c = client();
    auto r = c.Get("/api/events?format=csv&limit=100000&root=04");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    const auto rows = parse_csv(r->body);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows[0].at(0), "doc");
    EXPECT_EQ(static_cast<int64_t>(rows.size()) - 1, count("&root=04"));
    for (const auto& row : rows) EXPECT_EQ(row.size(), rows[0].size());
}

TEST_F(ServeSeed, DetailHasSpansAndRule) {
    auto c = client();
    const json all = get_json(c, "/api/events?limit=1000");
    int checked = 0;
    for (const auto& e : all.at("events")) {
        const std::string id = e.at("id");
        const json d = get_json(c, "/api/events/" + id);
        EXPECT_EQ(d.at("event").at("id"), id);
        ASSERT_GE(d.at("mentions").size(), 1u);
        EXPECT_EQ(d.at("mentions").size(), e.at("mentions").size());
        for (const auto& m : d.at("mentions")) {
            EXPECT_TRUE(std::regex_match(m.at("rule").get<std::string>(), std::regex(R"(.+:\d+)"))) << m.at("rule");
            const std::string sentence = m.at("sentence_text");
            const json& verb = m.at("spans").at("verb");
            ASSERT_FALSE(verb.at("sentence").is_null());
            const auto b = verb.at("sentence").at(0).get<std::size_t>(),
                       en = verb.at("sentence").at(1).get<std::size_t>();
            EXPECT_EQ(sentence.substr(b, en - b), verb.at("text").get<std::string>());
            for (const char* field : {"source", "target", "date", "place", "attribution"}) {
                const json& s = m.at("spans").at(field);
                if (s.is_null() || s.at("sentence").is_null()) continue;
                const auto sb = s.at("sentence").at(0).get<std::size_t>(),
                           se = s.at("sentence").at(1).get<std::size_t>();
                EXPECT_EQ(sentence.substr(sb, se - sb), s.at("text").get<std::string>()) << field;
                EXPECT_LE(s.at("utf16").at(0).get<std::size_t>(), sb);
            }
        }
        EXPECT_TRUE(d.at("mentions").at(0).at("first").get<bool>());
        ++checked;
    }
    EXPECT_GT(checked, 5);
    // The seed's first-round sentence: a curly apostrophe before the verb
    // makes the UTF-16 offsets smaller than the byte offsets.
    bool saw_multibyte = false;
    for (const auto& e : all.at("events")) {
        const json d = get_json(c, "/api/events/" + e.at("id").get<std::string>());
        const json& v = d.at("mentions").at(0).at("spans").at("verb");
        if (v.at("utf16").at(0) != v.at("sentence").at(0)) saw_multibyte = true;
    }
    EXPECT_TRUE(saw_multibyte);
}

TEST_F(ServeSeed, UnknownAndBadIds) {
    auto c = client();
    EXPECT_EQ(get_json(c, "/api/events/1", 404).at("error").at("code"), "not_found");
    const json bad = get_json(c, "/api/events/abc", 400);
    EXPECT_EQ(bad.at("error").at("parameter"), "id");
    get_json(c, "/api/events/99999999999999999999", 400);
}

TEST_F(ServeSeed, StatsGroupAndSum) {
    auto c = client();
    const json j = get_json(c, "/api/stats?by=day,root");
    EXPECT_EQ(j.at("by"), json::array({"day", "root"}));
    int64_t sum = 0;
    for (const auto& row : j.at("rows")) {
        EXPECT_TRUE(row.contains("day"));
        EXPECT_TRUE(row.contains("root"));
        sum += row.at("events").get<int64_t>();
    }
    EXPECT_EQ(sum, count(""));
    const json totals = get_json(c, "/api/stats");
    EXPECT_EQ(totals.at("rows").at(0).at("events").get<int64_t>(), count(""));
    const json consult = get_json(c, "/api/stats?by=country&root=04");
    int64_t consult_sum = 0;
    for (const auto& row : consult.at("rows")) consult_sum += row.at("events").get<int64_t>();
    EXPECT_EQ(consult_sum, count("&root=04"));
    EXPECT_EQ(get_json(c, "/api/stats?by=hour", 400).at("error").at("parameter"), "by");
    EXPECT_EQ(get_json(c, "/api/stats?by=dyad,country", 400).at("error").at("code"), "bad_parameter");
    EXPECT_EQ(get_json(c, "/api/stats?text=x", 400).at("error").at("parameter"), "text");
}

TEST_F(ServeSeed, ActorsByPrefix) {
    auto c = client();
    const json j = get_json(c, "/api/actors?prefix=USA");
    ASSERT_FALSE(j.at("actors").empty());
    for (const auto& a : j.at("actors")) EXPECT_EQ(a.at("code").get<std::string>().rfind("USA", 0), 0u);
    EXPECT_EQ(get_json(c, "/api/actors?limit=1").at("actors").size(), 1u);
    get_json(c, "/api/actors?prefix=usa", 400);
}

TEST_F(ServeSeed, ChangesSinceAndPaging) {
    auto c = client();
    const json all = get_json(c, "/api/changes?since=2000-01-01T00:00:00Z");
    EXPECT_EQ(static_cast<int64_t>(all.at("events").size()), count(""));
    EXPECT_TRUE(all.at("next").is_null());
    EXPECT_FALSE(all.at("latest").is_null());
    const json none = get_json(c, "/api/changes?since=" + all.at("latest").get<std::string>());
    EXPECT_TRUE(none.at("events").empty());
    // Paging by (updated_at, id): one ingest gave every event the same updated_at.
    std::set<std::string> seen;
    std::string cursor;
    for (int i = 0; i < 1000; ++i) {
        const json page = get_json(c, "/api/changes?since=2000-01-01T00:00:00&limit=4" +
                                          (cursor.empty() ? std::string() : "&cursor=" + cursor));
        for (const auto& e : page.at("events")) EXPECT_TRUE(seen.insert(e.at("id").get<std::string>()).second);
        if (page.at("next").is_null()) break;
        cursor = page.at("next");
    }
    EXPECT_EQ(static_cast<int64_t>(seen.size()), count(""));
    EXPECT_EQ(get_json(c, "/api/changes", 400).at("error").at("parameter"), "since");
    get_json(c, "/api/changes?since=yesterday", 400);
}

TEST_F(ServeSeed, BadParametersAre400NamingThem) {
    auto c = client();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"/api/events?from=2024-13-01", "from"},
        {"/api/events?to=yesterday", "to"},
        {"/api/events?quad=5", "quad"},
        {"/api/events?quad=1x", "quad"},
        {"/api/events?bbox=1,2,3", "bbox"},
        {"/api/events?bbox=10,0,0,10", "bbox"},
        {"/api/events?min_confidence=2", "min_confidence"},
        {"/api/events?negated=maybe", "negated"},
        {"/api/events?modality=likely", "modality"},
        {"/api/events?limit=0", "limit"},
        {"/api/events?limit=1001", "limit"},
        {"/api/events?format=xml", "format"},
        {"/api/events?cursor=garbage", "cursor"},
        {"/api/events?actor=irq", "actor"},
        {"/api/events?country=Iraq", "country"},
        {"/api/events?root=4", "root"},
        {"/api/events?colour=red", "colour"},
        {"/api/events?root=04&root=19", "root"},
        {"/api/events?text=%zz", ""},
        {"/api/events?place=%01", "place"},
    };
    for (const auto& [path, param] : cases) {
        const json j = get_json(c, path, 400);
        EXPECT_EQ(j.at("error").at("code"), "bad_parameter") << path;
        if (!param.empty()) {
            EXPECT_EQ(j.at("error").value("parameter", ""), param) << path;
            EXPECT_NE(j.at("error").at("message").get<std::string>().find(param), std::string::npos) << path;
        }
    }
    // A full-text query that is not FTS5 syntax is the client's mistake too.
    const json fts = get_json(c, "/api/events?text=%22unclosed", 400);
    EXPECT_EQ(fts.at("error").at("parameter"), "text");
    // Streamed formats allow larger pages.
    auto r = c.Get("/api/events?format=ndjson&limit=5000");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
}

TEST_F(ServeSeed, UnknownRoutesAre404AndWrongMethods405) {
    auto c = client();
    EXPECT_EQ(get_json(c, "/api/nothing", 404).at("error").at("code"), "not_found");
    get_json(c, "/api/events/", 404);
    get_json(c, "/nothing.js", 404);
    auto r = c.Post("/api/events", "x", "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 405);
    EXPECT_EQ(r->get_header_value("Allow"), "GET");
    EXPECT_EQ(json::parse(r->body).at("error").at("code"), "method_not_allowed");
    r = c.Get("/api/code");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 405);
    r = c.Delete("/api/events/1");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 405);
}

TEST_F(ServeSeed, WriteRoutesNeedTheToken) {
    auto c = client();
    const std::string text = "Police arrested twelve protesters in Cairo on Monday.";
    auto r = c.Post("/api/code", text, "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401);
    EXPECT_EQ(json::parse(r->body).at("error").at("code"), "unauthorized");
    r = c.Post("/api/code", bearer("wrong-token-0123456789abcdef"), text, "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403);
    r = c.Post("/api/code", bearer(kToken.substr(0, kToken.size() - 1)), text, "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403);
    r = c.Post("/api/ingest", text, "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401);
}

TEST_F(ServeSeed, CodeReturnsEventsWithSpansAndStoresNothing) {
    auto c = client();
    const int64_t before = count("");
    auto r = c.Post("/api/code?date=2024-03-04", bearer(kToken), slurp(seed_article()), "text/plain");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    const json j = json::parse(r->body);
    EXPECT_EQ(j.at("documents"), 1);
    ASSERT_GT(j.at("events").size(), 5u);
    for (const auto& e : j.at("events")) {
        EXPECT_EQ(e.at("event").at("schema"), "sitrep.event/1");
        const json& verb = e.at("mention").at("spans").at("verb");
        const std::string sentence = e.at("mention").at("sentence_text");
        const auto b = verb.at("sentence").at(0).get<std::size_t>(), en = verb.at("sentence").at(1).get<std::size_t>();
        EXPECT_EQ(sentence.substr(b, en - b), verb.at("text").get<std::string>());
        EXPECT_FALSE(e.at("mention").at("rule").get<std::string>().empty());
    }
    // JSON Lines: two documents.
    const std::string jsonl =
        R"({"id":"a","text":"Police arrested twelve protesters in Cairo on Monday.","date":"2024-03-04"})"
        "\n"
        R"({"id":"b","text":"Turkish troops attacked Kurdish rebels in northern Iraq.","date":"2024-03-05"})"
        "\n";
    r = c.Post("/api/code", bearer(kToken), jsonl, "application/x-ndjson");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(json::parse(r->body).at("documents"), 2);
    r = c.Post("/api/code", bearer(kToken), "{not json\n", "application/x-ndjson");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
    EXPECT_EQ(count(""), before);
}

TEST_F(ServeSeed, OversizeBodyIs413) {
    auto c = client();
    const std::string big(300 << 10, 'a');  // the fixture allows 256 KiB
    auto r = c.Post("/api/code", bearer(kToken), big, "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 413);
    EXPECT_EQ(json::parse(r->body).at("error").at("code"), "body_too_large");
}

TEST_F(ServeSeed, AssetsCannotEscape) {
    auto c = client();
    auto r = c.Get("/");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Content-Type").rfind("text/html", 0), 0u);
    EXPECT_FALSE(r->get_header_value("Content-Security-Policy").empty());
    EXPECT_EQ(r->get_header_value_count("Cache-Control"), 1u);
    r = c.Get("/index.html");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    for (const char* path :
         {"/../index.html", "/./index.html", "//index.html", "/a/../index.html", "/%2e%2e/index.html",
          "/%2E%2E%2Findex.html", "/..%2findex.html", "/..%5cindex.html", "/index.html%00", "/%2fetc%2fpasswd",
          "/../../../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/....//index.html", "/api/../index.html"}) {
        r = c.Get(path);
        ASSERT_TRUE(r) << path;
        EXPECT_EQ(r->status, 404) << path;
        EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
    }
    // The lookup itself refuses unplain paths even were they in the table.
    EXPECT_EQ(server::find_asset("/../index.html"), nullptr);
    EXPECT_EQ(server::find_asset("/index.html/"), nullptr);
    EXPECT_NE(server::find_asset("/"), nullptr);
}

TEST_F(ServeSeed, OnlyLoopbackHostNames) {
    auto c = client();
    for (const char* host : {"localhost", "localhost:8080", "127.0.0.1:1234", "[::1]:80"}) {
        auto r = c.Get("/healthz", {{"Host", host}});
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 200) << host;
    }
    for (const char* host : {"evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil"}) {
        auto r = c.Get("/api/events", {{"Host", host}});
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 403) << host;
    }
}

TEST_F(ServeSeed, OpenApiListsExactlyTheRoutes) {
    auto c = client();
    const json doc = get_json(c, "/api/openapi.json");
    EXPECT_EQ(doc.at("openapi"), "3.0.3");
    std::set<std::pair<std::string, std::string>> described, routed;
    for (const auto& [path, ops] : doc.at("paths").items())
        for (const auto& [method, op] : ops.items()) described.emplace(path, method);
    for (const auto& r : server::routes()) {
        std::string m(r.method);
        for (auto& ch : m) ch = static_cast<char>(ch | 0x20);
        routed.emplace(std::string(r.path), m);
    }
    EXPECT_EQ(described, routed);
    // And every described operation exists on the running server (neither
    // 404 nor 405), with its parameters accepted.
    const std::string id = any_event_id();
    for (const auto& [path, ops] : doc.at("paths").items()) {
        const std::string concrete = std::regex_replace(path, std::regex(R"(\{id\})"), id);
        for (const auto& [method, op] : ops.items()) {
            httplib::Result r =
                method == "get"
                    ? c.Get(concrete + (concrete == "/api/changes" ? "?since=2000-01-01T00:00:00" : ""))
                    : c.Post(concrete, bearer(kToken), concrete == "/api/code" ? "Police arrested a man in Cairo." : "",
                             "text/plain");  // stores a document without events
            ASSERT_TRUE(r) << method << " " << path;
            EXPECT_EQ(r->status, 200) << method << " " << path << ": " << r->body;
            if (op.contains("parameters"))
                for (const auto& p : op.at("parameters"))
                    if (p.at("in") == "query") {
                        // A known name is never refused as unknown.
                        auto q = c.Get(concrete + "?" + p.at("name").get<std::string>() + "=%01");
                        if (method == "get" && q && q->status == 400)
                            EXPECT_EQ(json::parse(q->body).at("error").value("parameter", ""), p.at("name")) << path;
                    }
        }
    }
}

// Paging keeps to its snapshot while another client ingests: every event
// that existed at the first page comes exactly once, none that came later.
TEST(ServeWrites, PagingIsStableUnderConcurrentIngest) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    RunningServer server(options_for(db, true));
    auto c = server.client();
    const auto before = page_through(c, "", 1000);
    ASSERT_GT(before.size(), 5u);
    int ingests = 0;
    const auto paged = page_through(c, "", 2, [&](int page) {
        const std::string doc = "Turkish troops attacked Kurdish rebels in northern Iraq on day " +
                                std::to_string(page) + ". Egyptian police arrested " + std::to_string(page + 3) +
                                " protesters in Cairo. Iran's foreign minister met Iraqi officials in Baghdad.";
        auto r =
            c.Post("/api/ingest?id=extra-" + std::to_string(page) + "&date=2024-03-0" + std::to_string(1 + page % 8),
                   bearer(kToken), doc, "text/plain");
        ASSERT_TRUE(r);
        ASSERT_EQ(r->status, 200) << r->body;
        ++ingests;
    });
    EXPECT_GT(ingests, 2);
    EXPECT_EQ(paged, before);
    const auto after = page_through(c, "", 1000);
    EXPECT_GT(after.size(), before.size());  // the ingests did store events
    std::set<std::string> seen(after.begin(), after.end());
    EXPECT_EQ(seen.size(), after.size());
    EXPECT_EQ(page_through(c, "", 2), after);  // dated events page by (date, id) too
    EXPECT_EQ(page_through(c, "&from=2024-01-01", 3).size(), after.size() - before.size());
}

TEST(ServeWrites, WithoutTokenFileWritesAre403) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    RunningServer server(options_for(db, false));
    auto c = server.client();
    auto r = c.Post("/api/ingest", bearer(kToken), "Police arrested a man in Cairo.", "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403);
    EXPECT_EQ(get_json(c, "/healthz").at("writing"), false);
}

TEST(ServeWrites, QueriesOverTheTimeLimitAre503) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    auto options = options_for(db, false);
    options.query_timeout = std::chrono::milliseconds(0);
    RunningServer server(options);
    auto c = server.client();
    const json j = get_json(c, "/api/events?text=coalition%20OR%20Iraq", 503);
    EXPECT_EQ(j.at("error").at("code"), "query_timeout");
}

TEST(SameToken, ComparesWholeStrings) {
    EXPECT_TRUE(server::same_token("abcdefabcdefabcdef", "abcdefabcdefabcdef"));
    EXPECT_FALSE(server::same_token("abcdefabcdefabcde", "abcdefabcdefabcdef"));
    EXPECT_FALSE(server::same_token("abcdefabcdefabcdefg", "abcdefabcdefabcdef"));
    EXPECT_FALSE(server::same_token("", "abcdefabcdefabcdef"));
    EXPECT_FALSE(server::same_token("Abcdefabcdefabcdef", "abcdefabcdefabcdef"));
}

}  // namespace
}  // namespace sitrep::testing
