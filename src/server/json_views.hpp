// How `sitrep serve` writes what the store hands back (docs/API.md): an
// event's mentions with spans relative to their sentence, and error bodies.
// Events, GeoJSON features and tombstones are written by store/stored_json
// (the same bytes as `sitrep query`).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "store/drill_down.hpp"
#include "store/event_store.hpp"
#include "store/stored_json.hpp"

namespace sitrep::server {

using store::event_feature;
using store::stored_event_json;
using store::tombstone_json;
using ojson = nlohmann::ordered_json;

// JSON text: invalid UTF-8 replaced, never an exception.
std::string dump(const ojson& j);

// The mentions of an event for the evidence view: the sentence, and the span
// of each field as byte offsets into the document, the sentence and UTF-16
// offsets into the sentence (what JavaScript strings index).
ojson mentions_json(const store::StoredEvent& event, const std::vector<store::MentionDetail>& mentions);

// {"error":{"code":...,"message":...}} (plus "parameter" when one is at fault).
std::string error_body(std::string_view code, std::string_view message, std::string_view parameter = {});

}  // namespace sitrep::server
