#include "store/drill_down.hpp"

namespace sitrep::store {

namespace {

std::optional<Span> span_or_null(const Statement& s, int c) {
    if (s.is_null(c)) return std::nullopt;
    return Span{static_cast<uint32_t>(s.int64(c)), static_cast<uint32_t>(s.int64(c + 1))};
}

// "2024-03-01T00:00:00Z" as the store writes times ("2024-03-01T00:00:00.000000Z"),
// so text comparison orders them (EventStore::query does the same to `since`).
std::string stored_time(std::string t) {
    if (t.size() == 20 && t[10] == 'T' && t.back() == 'Z') t.pop_back();
    if (t.size() == 19 && t[10] == 'T') t += ".000000Z";
    return t;
}

}  // namespace

std::vector<MentionDetail> event_mentions(EventStore& store, int64_t event_id) {
    Statement s = store.database().prepare(
        "SELECT d.doc, coalesce(d.url, ''), coalesce(d.title, ''), coalesce(d.outlet, ''), "
        "coalesce(d.story_date, ''), s.idx, s.begin, s.end, s.text, m.verb_begin, m.verb_end, "
        "m.source_begin, m.source_end, m.target_begin, m.target_end, m.date_begin, m.date_end, "
        "m.place_begin, m.place_end, m.attribution_begin, m.attribution_end, m.rule, s.id = e.first_sentence "
        "FROM events e JOIN mentions m ON m.event = e.seq JOIN sentences s ON s.id = m.sentence "
        "JOIN documents d ON d.id = m.document WHERE e.id = ?1 ORDER BY m.id");
    s.bind(1, event_id);
    std::vector<MentionDetail> out;
    while (s.step()) {
        MentionDetail m;
        m.doc = s.text(0);
        m.url = s.text(1);
        m.title = s.text(2);
        m.outlet = s.text(3);
        m.story_date = s.text(4);
        m.sentence = static_cast<uint32_t>(s.int64(5));
        m.sentence_span = *span_or_null(s, 6);
        m.sentence_text = s.text(8);
        m.verb = *span_or_null(s, 9);
        m.source = span_or_null(s, 11);
        m.target = span_or_null(s, 13);
        m.date = span_or_null(s, 15);
        m.place = span_or_null(s, 17);
        m.attribution = span_or_null(s, 19);
        m.rule = s.text(21);
        m.first = s.int64(22) != 0;
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<ActorCount> actor_codes(EventStore& store, const std::string& prefix, int limit) {
    // Codes are upper-case letters and digits: a prefix P is the range [P, P + DEL).
    // The source and target indexes cover this (the dyad rollup has no index
    // that starts with the target).
    Statement s = store.database().prepare(
        "SELECT code, count(*) FROM ("
        "SELECT source_code AS code FROM events WHERE source_code >= ?1 AND source_code < ?2 "
        "UNION ALL SELECT target_code FROM events WHERE target_code >= ?1 AND target_code < ?2) "
        "WHERE code <> '' GROUP BY code ORDER BY 2 DESC, 1 LIMIT ?3");
    s.bind(1, prefix).bind(2, prefix + "\x7f").bind(3, limit);
    std::vector<ActorCount> out;
    while (s.step()) out.push_back(ActorCount{s.text(0), s.int64(1)});
    return out;
}

std::vector<Tombstone> tombstones_page(EventStore& store, const std::string& since,
                                       const std::optional<std::pair<std::string, int64_t>>& after, int64_t limit) {
    // The (deleted_at, id) position as two comparisons, not a row value:
    // the deleted_at index still bounds the scan.
    Statement s = store.database().prepare(
        "SELECT id, reason, merged_into, deleted_at FROM tombstones WHERE deleted_at > ?1 "
        "AND (deleted_at > ?2 OR (deleted_at = ?2 AND id > ?3)) ORDER BY deleted_at, id LIMIT ?4");
    s.bind(1, stored_time(since));
    s.bind(2, after ? after->first : std::string()).bind(3, after ? after->second : int64_t{0}).bind(4, limit);
    std::vector<Tombstone> out;
    while (s.step()) {
        Tombstone t{s.int64(0), s.text(1), std::nullopt, s.text(3)};
        if (!s.is_null(2)) t.merged_into = s.int64(2);
        out.push_back(std::move(t));
    }
    return out;
}

int64_t snapshot_seq(EventStore& store) {
    Statement s = store.database().prepare("SELECT coalesce(max(seq), 0) FROM events");
    return s.step() ? s.int64(0) : 0;
}

std::string store_version(EventStore& store) {
    Statement s = store.database().prepare(
        "SELECT coalesce((SELECT max(updated_at) FROM events), '') || '/' || "
        "coalesce((SELECT max(deleted_at) FROM tombstones), '') || '/' || "
        "coalesce((SELECT max(seq) FROM events), 0)");
    return s.step() ? s.text(0) : std::string();
}

}  // namespace sitrep::store
