// Reads for drill-down and paging that `sitrep serve` needs beyond
// EventStore::query: every mention of one event with its sentence and the
// span of each field, actor codes by prefix, and the snapshot bound that
// keeps paging stable while ingests go on (docs/API.md).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/span.hpp"
#include "store/event_store.hpp"

namespace sitrep::store {

// One report of an event. Spans are byte offsets in the document text, as
// stored; sentence_span places the sentence in it.
struct MentionDetail {
    std::string doc, url, title, outlet, story_date;
    uint32_t sentence = 0;  // Document::sentences index
    Span sentence_span;
    std::string sentence_text;
    Span verb;
    std::optional<Span> source, target, date, place, attribution;
    std::string rule;    // file:line of the rule that coded this report
    bool first = false;  // the report whose fields the event carries
};

// The mentions of the event with this stable id, in the order they were
// stored; empty when there is no such event.
std::vector<MentionDetail> event_mentions(EventStore& store, int64_t event_id);

struct ActorCount {
    std::string code;
    int64_t events = 0;
};
// Actor codes starting with `prefix` on either side of an event, the most
// frequent first, at most `limit` (-1: all); `events` counts the events on
// either side (an event with the code on both sides counts twice).
std::vector<ActorCount> actor_codes(EventStore& store, const std::string& prefix, int limit);

// Tombstones of events deleted after `since` (an ISO 8601 UTC time), in
// (deleted_at, id) order, those after `after` (deleted_at, id) only when
// given, at most `limit`: the change feed pages them with the events.
std::vector<Tombstone> tombstones_page(EventStore& store, const std::string& since,
                                       const std::optional<std::pair<std::string, int64_t>>& after, int64_t limit);

// The newest row stored now (EventFilter::max_seq); 0 for an empty store.
int64_t snapshot_seq(EventStore& store);

// Changes whenever an ingest changed events or the rollups (the newest
// updated_at and tombstone): answers computed at one version stay right
// until it changes.
std::string store_version(EventStore& store);

}  // namespace sitrep::store
