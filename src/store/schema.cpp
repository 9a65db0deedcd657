#include "store/schema.hpp"

#include "store/pg_partitions.hpp"

#include <array>
#include <chrono>
#include <string>
#include <string_view>
#include <thread>

namespace sitrep::store {

namespace {

// Pages of events filtered by an actor (either side), a CAMEO root and dates,
// in (date, id) order, read from covering indexes: the matching entries are
// found and ordered without reading the table, then only the page's rows are
// read. They replace the one-column date, source and target indexes (an
// ingest costs about the same). SQLite's migration 3, PostgreSQL's 4
// (shipped: never edit).
constexpr std::string_view kCoveringIndexes = R"sql(
DROP INDEX events_date;
DROP INDEX events_source;
DROP INDEX events_target;
CREATE INDEX events_date_id ON events(date, id);
CREATE INDEX events_source_root ON events(source_code, root, date, id);
CREATE INDEX events_target_root ON events(target_code, root, date, id);
)sql";

// Each entry moves the schema one version up. Never edit an entry that has
// shipped: add a new one (stores in the field run them in order).
constexpr std::array<std::string_view, 3> kMigrations = {
    // 1: documents, the sentences that report events (with a full-text index),
    // events, their mentions, tombstones and the two rollups.
    R"sql(
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  doc          TEXT NOT NULL UNIQUE,      -- Document id (JSONL "id", or the file name)
  url          TEXT,
  outlet       TEXT,
  title        TEXT,
  story_date   TEXT,
  content_hash TEXT NOT NULL,             -- of the text and story date: same hash, same coding input
  text         TEXT,                      -- NULL with --no-text
  ingested_at  TEXT NOT NULL
) STRICT;

-- Only sentences that report an event are kept (drill-down, full-text search,
-- duplicate merging compares their words).
CREATE TABLE sentences (
  id       INTEGER PRIMARY KEY,
  document INTEGER NOT NULL,
  idx      INTEGER NOT NULL,              -- Document::sentences index
  begin    INTEGER NOT NULL,              -- byte span in the document text
  end      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  UNIQUE (document, idx)
) STRICT;

-- The store inserts into the index itself (an AFTER INSERT trigger doubled
-- the cost of an ingest); deletes go through the trigger.
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- One row per event, duplicates merged: the fields of its first mention
-- (gaps filled by later ones, as in the batch merger). id is stable: a hash
-- of the first mention (document id, sentence, verb span, CAMEO and actor codes).
-- seq orders the rows as they came, so that inserts append to the table
-- instead of landing at random pages (the id is a hash).
CREATE TABLE events (
  seq                 INTEGER PRIMARY KEY,
  id                  INTEGER NOT NULL UNIQUE,
  dedup_key           INTEGER NOT NULL,   -- hash of sitrep::event_key (source|target|root|date|precision)
  first_sentence      INTEGER NOT NULL,   -- sentences.id of the first mention
  date                TEXT,
  date_precision      TEXT NOT NULL,
  date_begin          INTEGER, date_end INTEGER,
  source_text TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
  source_begin INTEGER, source_end INTEGER, source_country_from TEXT,
  target_text TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
  target_begin INTEGER, target_end INTEGER, target_country_from TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL,
  verb_text TEXT NOT NULL, verb_begin INTEGER NOT NULL, verb_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  goldstein REAL NOT NULL, quad INTEGER NOT NULL, plover TEXT NOT NULL,
  negated INTEGER NOT NULL, modality TEXT NOT NULL,
  place_text TEXT, place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL,
  place_precision TEXT, place_begin INTEGER, place_end INTEGER,
  killed REAL, injured REAL, arrested REAL, troops REAL, displaced REAL,
  counts_approximate INTEGER NOT NULL,
  count_sources TEXT,                     -- JSON array as in sitrep.event/1 counts.sources; NULL when empty
  attribution_text TEXT, attribution_code TEXT, attribution_begin INTEGER, attribution_end INTEGER,
  confidence REAL NOT NULL,
  country TEXT NOT NULL,                  -- the place's country, else the source's, else the target's; '' when none
  mention_count INTEGER NOT NULL,
  updated_at TEXT NOT NULL                -- change feed: UTC, ISO 8601 with microseconds
) STRICT;
CREATE INDEX events_dedup ON events(dedup_key, first_sentence);
CREATE INDEX events_country_date ON events(country, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_updated ON events(updated_at);

-- Every report of an event: where, and the span of each field in that report.
CREATE TABLE mentions (
  id        INTEGER PRIMARY KEY,
  event     INTEGER NOT NULL,             -- events.seq
  document  INTEGER NOT NULL,
  sentence  INTEGER NOT NULL,             -- sentences.id
  verb_begin INTEGER NOT NULL, verb_end INTEGER NOT NULL,
  source_begin INTEGER, source_end INTEGER,
  target_begin INTEGER, target_end INTEGER,
  date_begin INTEGER, date_end INTEGER,
  place_begin INTEGER, place_end INTEGER,
  attribution_begin INTEGER, attribution_end INTEGER,
  rule TEXT NOT NULL
) STRICT;
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_document ON mentions(document);

-- Events merged away or deleted (their last mention's document changed).
CREATE TABLE tombstones (
  id          INTEGER PRIMARY KEY,        -- the event id that is gone
  reason      TEXT NOT NULL,              -- 'deleted' or 'merged'
  merged_into INTEGER,
  deleted_at  TEXT NOT NULL
) STRICT;
CREATE INDEX tombstones_deleted ON tombstones(deleted_at);

-- Kept current inside every ingest transaction.
CREATE TABLE rollup_day (
  day      TEXT NOT NULL,                 -- event date, '' when undated
  country  TEXT NOT NULL,
  root     TEXT NOT NULL,
  quad     INTEGER NOT NULL,
  events   INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (day, country, root, quad)
) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_dyad (
  day      TEXT NOT NULL,
  source   TEXT NOT NULL,                 -- actor codes, '' when the side is empty
  target   TEXT NOT NULL,
  root     TEXT NOT NULL,
  events   INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (day, source, target, root)
) STRICT, WITHOUT ROWID;
-- Whole-store country x root counts read this in order instead of sorting
-- the rollup; dyad questions ("IRQ against USA, per week") start here.
CREATE INDEX rollup_day_country ON rollup_day(country, root, events, mentions);
CREATE INDEX rollup_dyad_pair ON rollup_dyad(source, target, day);
)sql",
    // 2: which coder made each document's events (store/coder_id.hpp) and a
    // hash of what it made, so that `ingest --recode` skips documents coded
    // with the current dictionaries and leaves those it codes alike untouched.
    R"sql(
ALTER TABLE documents ADD COLUMN coded_with TEXT;
ALTER TABLE documents ADD COLUMN events_hash TEXT;
)sql",
    // 3: the covering indexes (kCoveringIndexes).
    kCoveringIndexes,
};

// The same schema in PostgreSQL's terms. Text that is compared by range
// (codes, dates, times) is of the domain ctext, collated "C", so that prefix
// and date ranges order bytes as SQLite does whatever the database's locale.
// Full-text search is a generated tsvector ('simple' configuration: no
// stemming, as FTS5's default tokenizer) with a GIN index.
// The two lists are numbered apart: a version counts that backend's entries.
const std::array<std::string_view, 4> kPostgresMigrations = {
    R"sql(
CREATE DOMAIN ctext AS text COLLATE "C";
CREATE TABLE documents (
  id           BIGSERIAL PRIMARY KEY,
  doc          TEXT NOT NULL UNIQUE,
  url          TEXT,
  outlet       TEXT,
  title        TEXT,
  story_date   ctext,
  content_hash TEXT NOT NULL,
  text         TEXT,
  ingested_at  ctext NOT NULL
);
CREATE TABLE sentences (
  id       BIGSERIAL PRIMARY KEY,
  document BIGINT NOT NULL,
  idx      BIGINT NOT NULL,
  "begin"  BIGINT NOT NULL,
  "end"    BIGINT NOT NULL,
  text     TEXT NOT NULL,
  words    tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
  UNIQUE (document, idx)
);
CREATE INDEX sentences_words ON sentences USING gin (words);
CREATE TABLE events (
  seq                 BIGSERIAL PRIMARY KEY,
  id                  BIGINT NOT NULL UNIQUE,
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
);
CREATE INDEX events_dedup ON events(dedup_key, first_sentence);
CREATE INDEX events_country_date ON events(country, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_updated ON events(updated_at);
CREATE TABLE mentions (
  id        BIGSERIAL PRIMARY KEY,
  event     BIGINT NOT NULL,
  document  BIGINT NOT NULL,
  sentence  BIGINT NOT NULL,
  verb_begin BIGINT NOT NULL, verb_end BIGINT NOT NULL,
  source_begin BIGINT, source_end BIGINT,
  target_begin BIGINT, target_end BIGINT,
  date_begin BIGINT, date_end BIGINT,
  place_begin BIGINT, place_end BIGINT,
  attribution_begin BIGINT, attribution_end BIGINT,
  rule TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_document ON mentions(document);
CREATE TABLE tombstones (
  id          BIGINT PRIMARY KEY,
  reason      ctext NOT NULL,
  merged_into BIGINT,
  deleted_at  ctext NOT NULL
);
CREATE INDEX tombstones_deleted ON tombstones(deleted_at);
CREATE TABLE rollup_day (
  day      ctext NOT NULL,
  country  ctext NOT NULL,
  root     ctext NOT NULL,
  quad     BIGINT NOT NULL,
  events   BIGINT NOT NULL,
  mentions BIGINT NOT NULL,
  PRIMARY KEY (day, country, root, quad)
);
CREATE TABLE rollup_dyad (
  day      ctext NOT NULL,
  source   ctext NOT NULL,
  target   ctext NOT NULL,
  root     ctext NOT NULL,
  events   BIGINT NOT NULL,
  mentions BIGINT NOT NULL,
  PRIMARY KEY (day, source, target, root)
);
CREATE INDEX rollup_day_country ON rollup_day(country, root, events, mentions);
CREATE INDEX rollup_dyad_pair ON rollup_dyad(source, target, day);
)sql",
    // 2: which coder made each document's events (store/coder_id.hpp) and a
    // hash of what it made, so that `ingest --recode` skips documents coded
    // with the current dictionaries and leaves those it codes alike untouched.
    R"sql(
ALTER TABLE documents ADD COLUMN coded_with TEXT;
ALTER TABLE documents ADD COLUMN events_hash TEXT;
)sql",
    // 3: events in month partitions of their date (store/pg_partitions.hpp).
    kPgMonthPartitions,
    // 4: the covering indexes of SQLite's version 3 (same query shapes; on the
    // partitioned table, each partition gets them).
    kCoveringIndexes,
};

}  // namespace

int current_schema_version(Backend backend) {
    return static_cast<int>(backend == Backend::postgresql ? kPostgresMigrations.size() : kMigrations.size());
}

void prepare_schema(Database& db) {
    prepare_schema(db, current_schema_version(db.backend()));
}

void prepare_schema(Database& db, int up_to) {
    const bool pg = db.backend() == Backend::postgresql;
    const int current = current_schema_version(db.backend());
    if (pg) {
        // Another process may be creating the schema: the writers' lock of
        // Transaction serialises that too.
        Transaction tx(db);
        db.exec("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)");
        tx.commit();
    } else {
        // WAL: readers go on while a batch is written; NORMAL: a commit survives
        // a crash of the process (not of the machine); a larger cache and fewer
        // checkpoints keep the index pages of a big store in memory during ingest.
        // Switching a new file to WAL needs it unlocked, and SQLite answers
        // "database is locked" at once, without its busy handler, while another
        // process creates the same store: wait for that as for a batch (10 s).
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        for (;;) {
            try {
                db.exec(
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; "
                    "PRAGMA cache_size=-262144; PRAGMA wal_autocheckpoint=16384; PRAGMA temp_store=MEMORY;");
                break;
            } catch (const StoreError& e) {
                const std::string_view why = e.what();
                if (why.find("database is locked") == std::string_view::npos ||
                    std::chrono::steady_clock::now() > give_up)
                    throw;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        }
        db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT");
    }
    for (;;) {
        Transaction tx(db);
        auto get = db.prepare("SELECT version FROM schema_version");
        int version = 0;
        bool have_row = false;
        if (get.step()) {
            version = static_cast<int>(get.int64(0));
            have_row = true;
        }
        get.reset();
        if (version > current)
            throw StoreError("the store has schema version " + std::to_string(version) + "; this sitrep knows up to " +
                             std::to_string(current) + " (a newer sitrep made it)");
        if (version >= up_to) {
            tx.commit();
            return;
        }
        db.exec(pg ? kPostgresMigrations[static_cast<size_t>(version)] : kMigrations[static_cast<size_t>(version)]);
        db.exec(have_row ? "UPDATE schema_version SET version = " + std::to_string(version + 1)
                         : std::string("INSERT INTO schema_version VALUES (1)"));
        tx.commit();
    }
}

}  // namespace sitrep::store
