// The query-parameter parser alone (src/server/query_params.hpp).
#include <gtest/gtest.h>

#include "server/query_params.hpp"

namespace sitrep::server {
namespace {

TEST(QueryString, DecodesPairs) {
    const Params p = parse_query_string("a=1&b=x%20y+z&&c=&d&e=%C3%A9");
    ASSERT_EQ(p.size(), 5u);
    EXPECT_EQ(p[0], (std::pair<std::string, std::string>{"a", "1"}));
    EXPECT_EQ(p[1].second, "x y z");
    EXPECT_EQ(p[2].second, "");
    EXPECT_EQ(p[3].first, "d");
    EXPECT_EQ(p[4].second, "\xC3\xA9");
}

TEST(QueryString, RefusesBadEncodingControlsAndFloods) {
    EXPECT_THROW(parse_query_string("a=%4"), ParamError);
    EXPECT_THROW(parse_query_string("a=%zz"), ParamError);
    EXPECT_THROW(parse_query_string("a=%00"), ParamError);
    EXPECT_THROW(parse_query_string("a=%C3"), ParamError);        // cut UTF-8
    EXPECT_THROW(parse_query_string("a=%ED%A0%80"), ParamError);  // a surrogate
    EXPECT_THROW(parse_query_string("a=%C0%AF"), ParamError);     // overlong '/'
    std::string many;
    for (int i = 0; i < 65; ++i) many += "p" + std::to_string(i) + "=1&";
    EXPECT_THROW(parse_query_string(many), ParamError);
    EXPECT_THROW(parse_query_string("a=" + std::string(1001, 'x')), ParamError);
    EXPECT_NO_THROW(parse_query_string("a=" + std::string(1000, 'x')));
}

TEST(EventsRequest, ReadsEveryFilter) {
    const auto q = parse_events_request(parse_query_string(
        "from=2024-03-01&to=2024-03-31&actor=IRQ&source=USAMIL&target=IRQGOV&country=IRQ&code=19&root=19&quad=4"
        "&plover=ASSAULT&place=Baghdad&bbox=40,30,50,40&negated=true&modality=future&min_confidence=0.5"
        "&text=bomb*&format=geojson&limit=5000&count=false"));
    const auto& f = q.filter;
    EXPECT_EQ(f.from, "2024-03-01");
    EXPECT_EQ(f.to, "2024-03-31");
    EXPECT_EQ(f.actor, "IRQ");
    EXPECT_EQ(f.source, "USAMIL");
    EXPECT_EQ(f.target, "IRQGOV");
    EXPECT_EQ(f.country, "IRQ");
    EXPECT_EQ(f.code, "19");
    EXPECT_EQ(f.root, "19");
    EXPECT_EQ(f.quad, 4);
    EXPECT_EQ(f.plover, "ASSAULT");
    EXPECT_EQ(f.place, "Baghdad");
    ASSERT_TRUE(f.bbox);
    EXPECT_EQ((*f.bbox)[3], 40);
    EXPECT_TRUE(f.negated_only);
    EXPECT_EQ(f.modality, "future");
    EXPECT_EQ(f.min_confidence, 0.5);
    EXPECT_EQ(f.text, "bomb*");
    EXPECT_EQ(q.format, EventFormat::geojson);
    EXPECT_EQ(q.limit, 5000u);
    EXPECT_FALSE(q.count);
}

TEST(EventsRequest, NamesTheBadParameter) {
    const auto param_of = [](const std::string& query) {
        try {
            parse_events_request(parse_query_string(query));
        } catch (const ParamError& e) {
            return e.param();
        }
        return std::string("(accepted)");
    };
    EXPECT_EQ(param_of("from=2024-02-30"), "from");
    EXPECT_EQ(param_of("from=2024-03-02&to=2024-03-01"), "to");
    EXPECT_EQ(param_of("limit=1001"), "limit");  // json pages
    EXPECT_EQ(param_of("limit=1001&format=ndjson"), "(accepted)");
    EXPECT_EQ(param_of("limit=100001&format=csv"), "limit");
    EXPECT_EQ(param_of("cursor=0~~5"), "cursor");  // snapshot 0 is never given out
    EXPECT_EQ(param_of("cursor=12~2024-03-01~5"), "(accepted)");
    EXPECT_EQ(param_of("cursor=12~2024-03-01T00:00:00~5"), "(accepted)");
    EXPECT_EQ(param_of("cursor=12~x~5"), "cursor");
    EXPECT_EQ(param_of("bbox=-181,0,0,1"), "bbox");
    EXPECT_EQ(param_of("bbox=0,0,1,1,1"), "bbox");
    EXPECT_EQ(param_of("bbox=nan,0,1,1"), "bbox");
    EXPECT_EQ(param_of("min_confidence=inf"), "min_confidence");
    EXPECT_EQ(param_of("quad=+1"), "quad");
    EXPECT_EQ(param_of("code=12345"), "code");
    EXPECT_EQ(param_of("Root=04"), "Root");      // names are case-sensitive
    EXPECT_EQ(param_of("root="), "(accepted)");  // empty is absent
}

TEST(Cursor, RoundTrips) {
    for (const Cursor& c : {Cursor{5, "", 7}, Cursor{1, "2024-03-01", 9223372036854775807},
                            Cursor{0, "2026-12-01T02:17:14.971369Z", 1}}) {
        const auto back = parse_cursor(format_cursor(c));
        ASSERT_TRUE(back) << format_cursor(c);
        EXPECT_EQ(back->snapshot, c.snapshot);
        EXPECT_EQ(back->key, c.key);
        EXPECT_EQ(back->id, c.id);
    }
    EXPECT_FALSE(parse_cursor("1~2024-03-01~99999999999999999999"));
    EXPECT_FALSE(parse_cursor("1~2024-03-01"));
    EXPECT_FALSE(parse_cursor("~~"));
}

TEST(StatsRequest, Groups) {
    EXPECT_EQ(parse_stats_request(parse_query_string("by=week,country,root")).by,
              (std::vector<std::string>{"week", "country", "root"}));
    EXPECT_THROW(parse_stats_request(parse_query_string("by=day,month")), ParamError);
    EXPECT_THROW(parse_stats_request(parse_query_string("by=root,root")), ParamError);
    EXPECT_THROW(parse_stats_request(parse_query_string("by=root,")), ParamError);
    EXPECT_THROW(parse_stats_request(parse_query_string("plover=ASSAULT")), ParamError);
}

TEST(CodeRequest, BodyFormat) {
    EXPECT_EQ(parse_code_request({}, "text/plain").format, BodyFormat::text);
    EXPECT_EQ(parse_code_request({}, "application/x-ndjson").format, BodyFormat::jsonl);
    EXPECT_EQ(parse_code_request(parse_query_string("format=jsonl"), "text/plain").format, BodyFormat::jsonl);
    EXPECT_THROW(parse_code_request(parse_query_string("format=jsonl&date=2024-01-01"), ""), ParamError);
}

}  // namespace
}  // namespace sitrep::server
