#!/usr/bin/env bash
# Whole-corpus throughput run (not a test). Builds Release into build/ and codes two
# corpora, printing MB/s, sentences/s per core and peak RSS for each:
#   1. constructed sentences: the validation record texts and the seed article from
#      ../shared plus examples/ (short sentences);
#   2. real news: the passages of ../shared/validation/realnews/docs.jsonl, 20 rounds
#      (wire sentences, longer; the figure issue 8 sets a floor on).
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
echo "== constructed sentences"
build/sitrep-throughput --date 2024-01-27 "$@" "$corpus"
realnews=../shared/validation/realnews/docs.jsonl
if [ -f "$realnews" ]; then
  echo "== real news"
  build/sitrep-throughput --repeat 20 "$@" "$realnews"
fi
