#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors under AddressSanitizer
# and UndefinedBehaviorSanitizer, runs every test through CTest, then runs each
# libFuzzer target for a bounded time. Exit status is non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

jobs=$(nproc)
fuzz_seconds=${SITREP_FUZZ_SECONDS:-30}

echo "== build (ASan + UBSan, -Werror)"
CC=clang CXX=clang++ cmake -S . -B build-check -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSITREP_WERROR=ON -DSITREP_SANITIZE=ON -DSITREP_BENCH=OFF >/dev/null
cmake --build build-check -j"$jobs"

echo "== tests"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-check --output-on-failure -j"$jobs"

echo "== fuzzers (${fuzz_seconds}s each)"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSITREP_FUZZ=ON -DSITREP_TESTS=OFF -DSITREP_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"$jobs"
for fuzzer in build-fuzz/*_fuzz; do
  [ -x "$fuzzer" ] || continue
  name=$(basename "$fuzzer")
  corpus=build-fuzz/corpus-$name
  mkdir -p "$corpus"
  seeds=fuzz/corpus/${name%_fuzz}
  echo "-- $name"
  "$fuzzer" -max_total_time="$fuzz_seconds" -max_len=65536 -rss_limit_mb=2048 \
    -print_final_stats=1 "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) 2>&1 | tail -n 12
done
echo "== all checks passed"
