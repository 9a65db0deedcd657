// Public header: the event store (sitrep ingest / query / serve). An EventStore
// keeps coded Documents in one SQLite file or a PostgreSQL database and hands
// back EventRecords; `coder_id` names the engine that coded them (for recode);
// `is_postgresql_url` tells the two kinds of location apart; stored_json
// writes a stored event as the JSON line, GeoJSON feature or tombstone that
// `sitrep query` and `sitrep serve` both send. Link sitrep_store.
#pragma once
#include "sitrep/record.hpp"
#include "store/coder_id.hpp"
#include "store/event_store.hpp"
#include "store/sqlite.hpp"
#include "store/stored_json.hpp"
