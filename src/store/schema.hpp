// The store's SQLite schema and its migrations. schema_version holds one row,
// the number of migrations applied; opening a store applies the missing ones
// in order, each in its own transaction. A store newer than this build is
// refused rather than guessed at.
#pragma once
#include "store/sqlite.hpp"

namespace sitrep::store {

// The version a store of this backend has once every migration known to this
// build ran (each backend numbers its own migrations).
int current_schema_version(Backend backend);

// Sets the connection up (WAL, foreign keys off: the store keeps its own
// references) and migrates the schema. Throws StoreError.
void prepare_schema(Database& db);
// The same, stopping at version `up_to` (tests of a migration start from an older store).
void prepare_schema(Database& db, int up_to);

}  // namespace sitrep::store
