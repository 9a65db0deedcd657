// The store's SQLite schema and its migrations. schema_version holds one row,
// the number of migrations applied; opening a store applies the missing ones
// in order, each in its own transaction. A store newer than this build is
// refused rather than guessed at.
#pragma once
#include "store/sqlite.hpp"

namespace sitrep::store {

// The version a store has once every migration known to this build ran.
int current_schema_version();

// Sets the connection up (WAL, foreign keys off: the store keeps its own
// references) and migrates the schema. Throws StoreError.
void prepare_schema(Database& db);

}  // namespace sitrep::store
