// PostgreSQL bulk ingest (docs/ARCHITECTURE.md, "Event store"): a batch of new
// documents in a few round trips instead of a few per mention. Inside the
// batch's transaction (the writers' advisory lock is held):
//   1. one query finds which of the batch's documents are stored;
//   2. one query reads, for every duplicate key of the batch, the latest
//      stored events of that key (as EventStore's per-event lookup does) with
//      their first sentence's text;
//   3. every event is merged or made new in memory, by the rule of the
//      per-statement path (EventStore::Impl::merge_into / insert_new);
//   4. ids are claimed from the sequences (nextval, so other writers' rows
//      never clash), new event ids are checked against event_ids;
//   5. documents, sentences, new events and mentions go in by COPY straight
//      into their tables (nothing there can conflict); what merges with
//      stored rows — the fills and mention counts of stored events, and the
//      rollup deltas — goes by COPY into temporary staging tables and is
//      merged with UPDATE ... FROM and INSERT ... SELECT ... ON CONFLICT.
// A batch that replaces a stored document (its content changed), or names one
// document twice, is left to the per-statement path: ingest() returns false
// having written nothing.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "batch/dedup.hpp"
#include "core/document.hpp"
#include "store/event_store.hpp"
#include "store/pg_copy.hpp"
#include "store/sqlite.hpp"

namespace sitrep::store {

// What the bulk path shares with EventStore's own (event_store.cpp), so that
// both write the same columns the same way.
struct PgBulkHooks {
    std::string_view event_columns;  // the sitrep.event/1 columns, in bind_event order
    int event_column_count = 0;
    void (*bind_event)(CopyRows& row, int first, const Event& e) = nullptr;
    int64_t (*dedup_key)(const Event& e) = nullptr;
    std::string (*country)(const Event& e) = nullptr;
    std::string_view mention_columns;  // the mentions row, in bind_mention order
    int mention_column_count = 0;
    void (*bind_mention)(CopyRows& row, int64_t event, int64_t document, int64_t sentence, const Event& e) = nullptr;
};

class PgBulkIngest {
public:
    PgBulkIngest(Database& db, const StoreOptions& options, PgBulkHooks hooks)
        : db_(db), options_(options), hooks_(hooks) {}

    // Stores `batch` in the caller's open transaction with updated_at `now`
    // and adds to `stats`; false (nothing written) when the batch needs the
    // per-statement path.
    bool ingest(const std::vector<const Document*>& batch, const std::string& now, IngestStats& stats);
    // After a rolled-back batch.
    void forget() { sketches_.clear(); }

private:
    const SentenceSketch& sketch_of(int64_t sentence, std::string_view text);

    Database& db_;
    const StoreOptions& options_;
    PgBulkHooks hooks_;
    std::unordered_map<int64_t, SentenceSketch> sketches_;  // by sentences.id
};

}  // namespace sitrep::store
