#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors under AddressSanitizer
# and UndefinedBehaviorSanitizer, runs every test through CTest, then runs each
# libFuzzer target for a bounded time. Exit status is non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

jobs=$(nproc)
# The fuzzers run from a fixed seed for a fixed number of inputs, so that CI is
# reproducible: a crash found here is found again on any machine. Exploratory
# fuzzing with fresh seeds for longer is scripts/fuzz.sh.
fuzz_runs=${SITREP_FUZZ_RUNS:-100000}
fuzz_seconds=${SITREP_FUZZ_SECONDS:-180}

echo "== build (ASan + UBSan, -Werror; benchmark programs built, not run)"
# The benchmarks are built so that an API change cannot leave them broken
# unnoticed (it did once: bench/actors_bench.cpp after the SourceFile loaders).
CC=clang CXX=clang++ cmake -S . -B build-check -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSITREP_WERROR=ON -DSITREP_SANITIZE=ON -DSITREP_BENCH=ON >/dev/null
cmake --build build-check -j"$jobs"

echo "== tests"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-check --output-on-failure -j"$jobs"

echo "== fuzzers (${fuzz_runs} inputs from seed 1, at most ${fuzz_seconds}s each)"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSITREP_FUZZ=ON -DSITREP_TESTS=OFF -DSITREP_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"$jobs"
for fuzzer in build-fuzz/*_fuzz; do
  [ -x "$fuzzer" ] || continue
  name=$(basename "$fuzzer")
  corpus=$(mktemp -d)  # empty every run: the same inputs as on CI's clean clone
  seeds=fuzz/corpus/${name%_fuzz}
  echo "-- $name"
  "$fuzzer" -seed=1 -runs="$fuzz_runs" -max_total_time="$fuzz_seconds" -timeout=10 \
    -max_len=65536 -rss_limit_mb=2048 \
    -print_final_stats=1 "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) 2>&1 | tail -n 12
  rm -rf "$corpus"
done
echo "== all checks passed"
