// Helpers for the event-store tests: hand-made coded Documents (so a test
// controls exactly which events repeat) and a consistency check of a store
// (SQLite file or PostgreSQL database) that any state between two batches must pass.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/event_store.hpp"

namespace sitrep::testing {

struct EventSpec {
    uint32_t sentence = 0;
    std::string source, target, root = "04", cameo = "040";
    Date date{2024, 3, 1};
    std::string place_country;  // a place with this country when set
    double lat = 0, lon = 0;
};

// A coded document: `sentences` joined by spaces, one Event per spec.
inline Document make_document(const std::string& id, const std::vector<std::string>& sentences,
                              const std::vector<EventSpec>& events) {
    Document doc;
    doc.meta.id = id;
    doc.meta.story_date = Date{2024, 3, 1};
    for (const auto& s : sentences) {
        if (!doc.text.empty()) doc.text += ' ';
        const auto begin = static_cast<uint32_t>(doc.text.size());
        doc.text += s;
        doc.sentences.push_back(Sentence{Span{begin, static_cast<uint32_t>(doc.text.size())}, TokenRange{}});
    }
    for (const auto& spec : events) {
        Event e;
        e.sentence = spec.sentence;
        e.date = spec.date;
        e.date_precision = DatePrecision::day;
        const Span sentence = doc.sentences.at(spec.sentence).span;
        const auto actor = [&](const std::string& code) {
            EventActor a;
            a.text = code;
            a.code = code;
            a.country = code.substr(0, 3);
            a.sector = code.size() > 3 ? code.substr(3) : std::string();
            a.span = Span{sentence.begin, sentence.begin + 1};
            return a;
        };
        if (!spec.source.empty()) e.source = actor(spec.source);
        if (!spec.target.empty()) e.target = actor(spec.target);
        e.cameo = spec.cameo;
        e.root = spec.root;
        e.verb_text = "met";
        e.verb_span = Span{sentence.begin + 2, sentence.begin + 5};
        e.rule = "test.verbs:1";
        e.quad = 1;
        e.plover = "CONSULT";
        e.confidence = 0.8;
        if (!spec.place_country.empty())
            e.place = EventPlace{"Town", "Town", spec.place_country, "city", spec.lat, spec.lon, Span{}};
        doc.events.push_back(std::move(e));
    }
    return doc;
}

inline int64_t scalar(store::Database& db, const std::string& sql) {
    auto s = db.prepare(sql);
    return s.step() ? s.int64(0) : -1;
}

// What must hold between any two batches: SQLite's own check, every mention
// count and first mention right, and the rollups equal to the events.
inline void expect_consistent(store::Database& db) {
    if (db.backend() == store::Backend::sqlite) {
        auto check = db.prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check.step());
        EXPECT_EQ(check.text(0), "ok");
        // The full-text index holds exactly the sentences' words (throws when not).
        EXPECT_NO_THROW(db.exec("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)"));
    }
    EXPECT_EQ(scalar(db,
                     "SELECT count(*) FROM events e WHERE mention_count <> "
                     "(SELECT count(*) FROM mentions m WHERE m.event = e.seq)"),
              0);
    EXPECT_EQ(
        scalar(db, "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.seq = m.event)"),
        0);
    EXPECT_EQ(scalar(db,
                     "SELECT count(*) FROM events e WHERE NOT EXISTS "
                     "(SELECT 1 FROM sentences s WHERE s.id = e.first_sentence)"),
              0);
    EXPECT_EQ(scalar(db, "SELECT coalesce(sum(events), 0) FROM rollup_day"), scalar(db, "SELECT count(*) FROM events"));
    EXPECT_EQ(scalar(db, "SELECT coalesce(sum(mentions), 0) FROM rollup_day"),
              scalar(db, "SELECT count(*) FROM mentions"));
    EXPECT_EQ(scalar(db, "SELECT coalesce(sum(events), 0) FROM rollup_dyad"),
              scalar(db, "SELECT count(*) FROM events"));
    EXPECT_EQ(scalar(db,
                     "SELECT count(*) FROM (SELECT day, country, root, quad, count(*) AS n FROM "
                     "(SELECT coalesce(date, '') AS day, country, root, quad FROM events) e "
                     "GROUP BY 1, 2, 3, 4) x LEFT JOIN rollup_day r USING (day, country, root, quad) "
                     "WHERE r.events IS DISTINCT FROM x.n"),
              0);
}

}  // namespace sitrep::testing
