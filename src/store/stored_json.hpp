// How a stored event, its GeoJSON feature and a tombstone are written as
// JSON, shared by `sitrep query` and `sitrep serve` so both print the same
// bytes (docs/API.md): sitrep.event/1 plus the store's "id" and
// "updated_at", a GeoJSON Feature, sitrep.tombstone/1.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "store/event_store.hpp"

namespace sitrep::store {

// JSON text: invalid UTF-8 replaced, never an exception.
std::string dump_json(const nlohmann::ordered_json& j);

// One line of sitrep.event/1 (no newline) with "id" (a string: JSON readers
// lose digits of 63-bit numbers) and "updated_at".
std::string stored_event_json(const StoredEvent& e);

// A GeoJSON Feature of an event with a place (the caller skips others).
nlohmann::ordered_json event_feature(const StoredEvent& e);

// sitrep.tombstone/1: an event deleted or merged into another.
nlohmann::ordered_json tombstone_json(const Tombstone& t);

}  // namespace sitrep::store
