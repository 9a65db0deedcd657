// PostgreSQL: the events table in month partitions of the event date
// (docs/ARCHITECTURE.md, "Event store"). `events` is partitioned by RANGE on
// `date` ('YYYY-MM-DD' text, C collation): one partition per month, named
// events_YYYY_MM and holding ['YYYY-MM', 'YYYY-MM+1') ("-13" for December,
// which orders after every day of it), made on demand before a batch that
// needs it; undated events (and dates that are not four-digit years) go to
// the default partition events_undated.
//
// A unique index on a partitioned table must include the partition key, and
// the date is no key of an event: the stable id's uniqueness lives in the
// small table event_ids (id primary key, seq). Whoever inserts or deletes an
// event row claims or frees its id there in the same statement or batch
// (pg_insert_event_sql, kPgDeleteEvent, the bulk path): no trigger, which
// doubled the cost of a bulk insert.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/document.hpp"
#include "store/sqlite.hpp"

namespace sitrep::store {

// Schema migration 3 of PostgreSQL stores: moves the rows of an events table
// made by versions 1-2 into the partitioned one (partitions for every month
// it holds), keeping seq and id.
extern const std::string_view kPgMonthPartitions;

// EventStore's per-statement insert of one event on PostgreSQL: claims the id
// in event_ids and inserts the row only when the id was free (no row back
// from RETURNING otherwise, as ON CONFLICT (id) DO NOTHING does on SQLite).
// `columns`: the inserted columns after seq (the first is id, ?1); `params`:
// how many there are.
std::string pg_insert_event_sql(std::string_view columns, int params);
// Deletes the event row of seq ?1 and frees its id.
inline constexpr std::string_view kPgDeleteEvent =
    "WITH gone AS (DELETE FROM events WHERE seq = ?1 RETURNING id) DELETE FROM event_ids WHERE id IN (SELECT id FROM "
    "gone)";

// "YYYY-MM" of an ISO date, or "" when it has no partition of its own.
std::string_view partition_month(std::string_view iso_date);

// Which month partitions exist (read once per connection) and making the
// missing ones.
class PgPartitions {
public:
    // Makes the partitions that `batch`'s events need and that are not there
    // yet, in a short transaction of its own under the writers' lock, before
    // the batch's transaction: creating a partition locks the whole events
    // table, which should not last for a batch.
    void ensure(Database& db, const std::vector<const Document*>& batch);

private:
    std::unordered_set<std::string> known_;  // "YYYY-MM"
    bool loaded_ = false;
};

}  // namespace sitrep::store
