#!/usr/bin/env bash
# HTTP server benchmark (not a test; docs/PERFORMANCE.md "HTTP server"):
# builds (once) a synthetic store of EVENTS events with sitrep-store-bench,
# starts `sitrep serve` on a free loopback port and runs sitrep-serve-load
# against it: CLIENTS concurrent clients for SECONDS seconds mixing filtered
# event pages, pages by cursor, details and aggregations. Prints requests/s,
# p50/p99 per route, errors and the server's RSS over the run.
#   scripts/serve-bench.sh [BUILD_DIR] [DB_PATH] [CLIENTS] [SECONDS] [EVENTS]
# The store is kept at DB_PATH (default /tmp/sitrep-serve-bench.db, about
# 1 GB for 1M events) so that later runs skip the build; delete it yourself.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-bench}
db=${2:-/tmp/sitrep-serve-bench.db}
clients=${3:-32}
seconds=${4:-60}
events=${5:-1000000}
if [ ! -x "$build/sitrep-serve-load" ] || [ ! -x "$build/sitrep" ] || [ ! -x "$build/sitrep-store-bench" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSITREP_TESTS=OFF -DSITREP_BENCH=ON >/dev/null
  cmake --build "$build" -j2 --target sitrep sitrep-store-bench sitrep-serve-load
fi
if [ ! -s "$db" ]; then
  echo "serve-bench: building a store of $events events at $db"
  "$build/sitrep-store-bench" "$db" "$events" "$root"
fi
log=$(mktemp)
# SITREP_SERVE_ARGS: extra options for the server (e.g. "--mmap-mib 0").
# shellcheck disable=SC2086
"$build/sitrep" serve --db "$db" --port 0 ${SITREP_SERVE_ARGS:-} 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
port=""
for _ in $(seq 1 200); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$log"; echo "serve-bench: the server did not start" >&2; exit 2; }
echo "serve-bench: sitrep serve (pid $server) on port $port; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$build/sitrep-serve-load" --port "$port" --clients "$clients" --seconds "$seconds" --pid "$server" || status=$?
echo "serve-bench: load average after the run $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
