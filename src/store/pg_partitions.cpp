#include "store/pg_partitions.hpp"

#include <algorithm>
#include <set>

namespace sitrep::store {

const std::string_view kPgMonthPartitions = R"sql(
ALTER TABLE events RENAME TO events_v2;
ALTER TABLE events_v2 ALTER COLUMN seq DROP DEFAULT;
ALTER SEQUENCE events_seq_seq OWNED BY NONE;
DROP INDEX events_dedup, events_country_date, events_date, events_source, events_target, events_updated;
CREATE TABLE events (
  seq                 BIGINT NOT NULL DEFAULT nextval('events_seq_seq'),
  id                  BIGINT NOT NULL,
  dedup_key           BIGINT NOT NULL,
  first_sentence      BIGINT NOT NULL,
  date                ctext,
  date_precision      ctext NOT NULL,
  date_begin          BIGINT, date_end BIGINT,
  source_text TEXT, source_code ctext, source_country ctext, source_sector ctext,
  source_begin BIGINT, source_end BIGINT, source_country_from ctext,
  target_text TEXT, target_code ctext, target_country ctext, target_sector ctext,
  target_begin BIGINT, target_end BIGINT, target_country_from ctext,
  cameo ctext NOT NULL, root ctext NOT NULL,
  verb_text TEXT NOT NULL, verb_begin BIGINT NOT NULL, verb_end BIGINT NOT NULL,
  rule TEXT NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL, quad BIGINT NOT NULL, plover ctext NOT NULL,
  negated BIGINT NOT NULL, modality ctext NOT NULL,
  place_text TEXT, place_name TEXT, place_country ctext, place_lat DOUBLE PRECISION, place_lon DOUBLE PRECISION,
  place_precision ctext, place_begin BIGINT, place_end BIGINT,
  killed DOUBLE PRECISION, injured DOUBLE PRECISION, arrested DOUBLE PRECISION, troops DOUBLE PRECISION,
  displaced DOUBLE PRECISION,
  counts_approximate BIGINT NOT NULL,
  count_sources TEXT,
  attribution_text TEXT, attribution_code ctext, attribution_begin BIGINT, attribution_end BIGINT,
  confidence DOUBLE PRECISION NOT NULL,
  country ctext NOT NULL,
  mention_count BIGINT NOT NULL,
  updated_at ctext NOT NULL
) PARTITION BY RANGE (date);
ALTER SEQUENCE events_seq_seq OWNED BY events.seq;
CREATE TABLE events_undated PARTITION OF events DEFAULT;
CREATE INDEX events_seq ON events(seq);
CREATE INDEX events_id ON events(id);
CREATE INDEX events_dedup ON events(dedup_key, first_sentence);
CREATE INDEX events_country_date ON events(country, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_updated ON events(updated_at);

CREATE TABLE event_ids (
  id  BIGINT PRIMARY KEY,
  seq BIGINT NOT NULL
);
DO $$
DECLARE m text;
BEGIN
  FOR m IN SELECT DISTINCT substr(date, 1, 7) FROM events_v2 WHERE date ~ '^[0-9]{4}-(0[1-9]|1[0-2])' LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
                   'events_' || replace(m, '-', '_'), m,
                   substr(m, 1, 5) || lpad((substr(m, 6, 2)::int + 1)::text, 2, '0'));
  END LOOP;
END $$;
INSERT INTO events SELECT * FROM events_v2 ORDER BY seq;
INSERT INTO event_ids SELECT id, seq FROM events_v2;
DROP TABLE events_v2;
)sql";

std::string pg_insert_event_sql(std::string_view columns, int params) {
    std::string values;
    for (int k = 2; k <= params; ++k) values += ", ?" + std::to_string(k);
    return "WITH claim AS (INSERT INTO event_ids VALUES (?1, nextval('events_seq_seq')) ON CONFLICT (id) DO NOTHING "
           "RETURNING seq) INSERT INTO events(seq, " +
           std::string(columns) + ") SELECT claim.seq, ?1" + values + " FROM claim RETURNING seq";
}

std::string_view partition_month(std::string_view d) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (d.size() < 7 || !digit(d[0]) || !digit(d[1]) || !digit(d[2]) || !digit(d[3]) || d[4] != '-' || !digit(d[5]) ||
        !digit(d[6]))
        return {};
    const int month = (d[5] - '0') * 10 + (d[6] - '0');
    if (month < 1 || month > 12) return {};
    return d.substr(0, 7);
}

void PgPartitions::ensure(Database& db, const std::vector<const Document*>& batch) {
    if (!loaded_) {
        auto s = db.prepare(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = 'events'::regclass");
        while (s.step()) {
            std::string name = s.text(0);  // events_YYYY_MM
            if (name.size() == 14 && name.starts_with("events_")) {
                name = name.substr(7);
                name[4] = '-';
                known_.insert(std::move(name));
            }
        }
        loaded_ = true;
    }
    std::set<std::string> missing;
    for (const Document* doc : batch)
        for (const Event& e : doc->events) {
            if (!e.date.valid()) continue;
            const std::string iso = e.date.iso();
            const std::string_view month = partition_month(iso);
            if (!month.empty() && !known_.contains(std::string(month))) missing.emplace(month);
        }
    if (missing.empty()) return;
    Transaction tx(db);
    for (const std::string& m : missing) {
        const int next = std::stoi(m.substr(5)) + 1;
        std::string name = "events_" + m;
        name[11] = '_';
        db.exec("CREATE TABLE IF NOT EXISTS " + name + " PARTITION OF events FOR VALUES FROM ('" + m + "') TO ('" +
                m.substr(0, 5) + (next < 10 ? "0" : "") + std::to_string(next) + "')");
    }
    tx.commit();
    known_.insert(missing.begin(), missing.end());
}

}  // namespace sitrep::store
