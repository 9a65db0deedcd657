#!/usr/bin/env bash
# Event-store benchmark (not a test): builds a synthetic SQLite store of
# N events (default 1,000,000) from real-shaped records and prints ingest
# speed, query and aggregation latencies and size on disk
# (docs/PERFORMANCE.md, "Event store").
#   scripts/store-bench.sh [BUILD_DIR] [EVENTS] [DB_PATH]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-bench}
events=${2:-1000000}
db=${3:-/tmp/sitrep-store-bench.db}
if [ ! -x "$build/sitrep-store-bench" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSITREP_TESTS=OFF -DSITREP_BENCH=ON >/dev/null
  cmake --build "$build" -j2 --target sitrep-store-bench
fi
"$build/sitrep-store-bench" "$db" "$events" "$root"
rm -f "$db" "$db-wal" "$db-shm"
