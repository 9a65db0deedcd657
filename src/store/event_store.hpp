// EventStore: a growing collection of coded events in one SQLite file
// (docs/ARCHITECTURE.md, "Event store").
//
// ingest() takes a batch of coded Documents and stores them in one
// transaction: a crash leaves the store as it was before the batch or after
// it. A document whose id and content hash are already stored is skipped; one
// whose content changed has its old mentions replaced. Each event is merged
// with a stored one exactly as the batch merger does (src/batch/dedup.hpp:
// same event_key, sentences alike by MinHash), across ingests as within one,
// so mention lists and counts grow. The per-day and per-dyad rollups change in
// the same transaction. Events left without mentions are deleted and leave a
// tombstone for the change feed.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batch/dedup.hpp"
#include "core/document.hpp"
#include "io/event_record.hpp"
#include "sitrep/batch.hpp"
#include "store/sqlite.hpp"

namespace sitrep::store {

struct StoreOptions {
    bool keep_text = true;   // store each document's full text (--no-text: leave it out)
    bool read_only = false;  // queries only
    DedupOptions dedup{};
    std::string coder;  // recorded per document: which dictionaries coded it (store/coder_id.hpp)
};

struct IngestStats {
    uint64_t documents_new = 0;
    uint64_t documents_unchanged = 0;  // same id and content hash: skipped
    uint64_t documents_replaced = 0;   // same id, new content: old mentions replaced
    uint64_t events_new = 0;
    uint64_t mentions = 0;           // mentions stored (new events' first ones included)
    uint64_t mentions_merged = 0;    // mentions that joined an event already stored
    uint64_t events_deleted = 0;     // left without mentions (tombstoned)
    uint64_t documents_recoded = 0;  // recode(): its events changed and replaced the stored ones
    // Deleted and made again under the same id in the same batch (a replaced
    // or re-coded document reports them again); counted in events_new and
    // events_deleted too.
    uint64_t events_recreated = 0;

    IngestStats& operator+=(const IngestStats& o);
};

// A stored document as recode() needs it: its row, metadata and text.
struct StoredDocument {
    int64_t row = 0;         // documents.id, the order documents came in
    bool has_text = false;   // false: stored with --no-text (cannot be re-coded)
    std::string coded_with;  // "" when unknown (stored before the store recorded it)
    InputDocument input;     // id, text, story date, url, outlet, title
};

// A stored event as the query side hands it back.
struct StoredEvent {
    int64_t id = 0;
    std::string updated_at;
    io::EventRecord record;  // sitrep.event/1 fields, mentions filled
};

struct Tombstone {
    int64_t id = 0;
    std::string reason;  // "deleted" or "merged"
    std::optional<int64_t> merged_into;
    std::string deleted_at;
};

// The filters of `sitrep query`; unset members do not filter.
struct EventFilter {
    std::string from, to;               // event date range, YYYY-MM-DD, inclusive
    std::string actor, source, target;  // actor code prefix (actor: either side)
    std::string country;                // events.country (place, else source, else target)
    std::string code;                   // CAMEO code prefix ("19" matches 190..196)
    std::string root;                   // CAMEO root, exact
    std::optional<int> quad;
    std::string plover;
    std::string place;                          // place name or the words naming it, case-insensitive
    std::optional<std::array<double, 4>> bbox;  // min lon, min lat, max lon, max lat
    bool negated_only = false;
    std::string modality;
    std::optional<double> min_confidence;
    std::string text;   // FTS5 query over the reporting sentences
    std::string since;  // updated_at > since (change feed)
    std::optional<uint64_t> limit;
    std::optional<int64_t> id;       // one event by its stable id
    std::optional<int64_t> max_seq;  // a snapshot: only rows stored up to this seq (snapshot_seq())
    // Keyset paging: only rows after this (key, id) in the query's order,
    // which is (date, id), or (updated_at, id) with `since`; key "" is an
    // undated event (they come first).
    std::optional<std::pair<std::string, int64_t>> after;
};

// One row of an aggregation: the grouping values in --by order, then counts.
struct AggregateRow {
    std::vector<std::string> keys;
    int64_t events = 0, mentions = 0;
};

class EventStore {
public:
    // Opens or creates the store at `path` and migrates its schema. Throws StoreError.
    explicit EventStore(const std::string& path, StoreOptions options = {});
    ~EventStore();
    EventStore(const EventStore&) = delete;
    EventStore& operator=(const EventStore&) = delete;

    // Stores a batch of coded documents in one transaction. Throws StoreError
    // (the batch is then rolled back).
    IngestStats ingest(const std::vector<Document>& batch);
    IngestStats ingest(const std::vector<const Document*>& batch);

    // Up to `limit` stored documents after row `after`, in the order they were
    // first stored, that were coded with another coder than options.coder
    // (all of them with `force`).
    std::vector<StoredDocument> documents_to_recode(int64_t after, size_t limit, bool force);
    // Stores a batch of re-coded stored documents in one transaction, as if
    // their new output had been ingested: a document whose events came out
    // as stored only records the coder; the others have their mentions
    // replaced (documents_recoded). Documents not in the store are ingested.
    IngestStats recode(const std::vector<const Document*>& batch);

    // Events matching `filter`, in id order, one call each.
    void query(const EventFilter& filter, const std::function<void(const StoredEvent&)>& each);
    int64_t count(const EventFilter& filter);
    // Tombstones with deleted_at > since.
    void tombstones(const std::string& since, const std::function<void(const Tombstone&)>& each);
    // Counts from the rollups grouped by `by` (day, week, month, country,
    // root, quad, dyad); filters the rollups cannot answer throw StoreError.
    std::vector<AggregateRow> aggregate(const std::vector<std::string>& by, const EventFilter& filter);

    Database& database();

    // The content hash ingest() compares: text and story date.
    static std::string content_hash(const Document& doc);
    // A hash of the document's events as the store keeps them (every field,
    // the sentence and its span): same hash, nothing to change on recode.
    static std::string events_hash(const Document& doc);
    // The stable id of an event first reported at this place: document id,
    // sentence, verb span, CAMEO code and the two actor codes.
    static int64_t event_id(const std::string& doc, const Event& event);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::store
