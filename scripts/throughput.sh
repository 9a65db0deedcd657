#!/usr/bin/env bash
# Whole-corpus throughput run (not a test). Builds Release into build/, makes a
# corpus from ../shared (validation record texts and the seed article) plus
# examples/, and prints MB/s, sentences/s per core and peak RSS.
# Usage: scripts/throughput.sh [extra sitrep-throughput options] [INPUT...]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSITREP_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target sitrep-throughput
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp -r examples "$corpus/examples"
if [ -d ../shared ]; then
  cp ../shared/seed/article.txt "$corpus/seed.txt"
  # One plain-text document per validation record <Text>.
  for xml in ../shared/validation/*/records-dev.xml; do
    suite=$(basename "$(dirname "$xml")")
    awk -v dir="$corpus" -v suite="$suite" '
      /<Text>/ {intext=1; n++; file=sprintf("%s/%s-%04d.txt", dir, suite, n); next}
      /<\/Text>/ {intext=0; close(file); next}
      intext {print > file}' "$xml"
  done
fi
build/sitrep-throughput --date 2024-01-27 "$@" "$corpus"
