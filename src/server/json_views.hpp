// How `sitrep serve` writes what the store hands back (docs/API.md): an
// event as sitrep.event/1 plus the store's id and updated_at (the same line
// as `sitrep query`), a GeoJSON feature, an event's mentions with spans
// relative to their sentence, tombstones and error bodies.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "store/drill_down.hpp"
#include "store/event_store.hpp"

namespace sitrep::server {

using ojson = nlohmann::ordered_json;

// JSON text: invalid UTF-8 replaced, never an exception.
std::string dump(const ojson& j);

// One line of sitrep.event/1 with "id" (a string: JSON readers lose digits
// of 63-bit numbers) and "updated_at".
std::string stored_event_json(const store::StoredEvent& e);

// A GeoJSON Feature of an event with a place (the caller skips others).
ojson event_feature(const store::StoredEvent& e);

// The mentions of an event for the evidence view: the sentence, and the span
// of each field as byte offsets into the document, the sentence and UTF-16
// offsets into the sentence (what JavaScript strings index).
ojson mentions_json(const store::StoredEvent& event, const std::vector<store::MentionDetail>& mentions);

ojson tombstone_json(const store::Tombstone& t);

// {"error":{"code":...,"message":...}} (plus "parameter" when one is at fault).
std::string error_body(std::string_view code, std::string_view message, std::string_view parameter = {});

}  // namespace sitrep::server
