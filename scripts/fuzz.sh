#!/usr/bin/env bash
# Exploratory fuzzing: each libFuzzer target (or those named) with a fresh random
# seed for SECONDS each (default 600), keeping the grown corpus in build-fuzz/
# between runs. CI (scripts/test.sh) replays a fixed seed instead. Crashing,
# slow or leaking inputs land in build-fuzz/artifacts/; once fixed, add the input
# to fuzz/corpus/<target>/ so that every CI run replays it.
#   scripts/fuzz.sh [SECONDS] [target ...]     e.g. scripts/fuzz.sh 300 actors_dict
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSITREP_FUZZ=ON -DSITREP_TESTS=OFF -DSITREP_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in build-fuzz/*_fuzz; do targets+=("$(basename "${f%_fuzz}")"); done
fi
mkdir -p build-fuzz/artifacts
status=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus-${t}_fuzz
  mkdir -p "$corpus"
  seeds=fuzz/corpus/$t
  echo "-- ${t}_fuzz for ${seconds}s"
  build-fuzz/${t}_fuzz -max_total_time="$seconds" -timeout=10 -max_len=65536 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/artifacts/${t}- -print_final_stats=1 \
    "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) 2>&1 | tail -n 12 || status=1
done
exit $status
