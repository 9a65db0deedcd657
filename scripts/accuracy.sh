#!/usr/bin/env bash
# Measures event-coding accuracy on the development data in ../shared/validation/:
#   real news (whole set, then its tune and check halves), the PLOVER gold sentences
#   (whole set, then halves) and the two PETRARCH suites with their own dictionaries.
# Usage: scripts/accuracy.sh [path/to/sitrep]   (default build/sitrep; builds it if absent)
#
# The development sets are split by a fixed rule so that rules are tuned on one half and
# checked on the other: real-news passages with an odd number (rn-0001, rn-0003, ...) and
# PLOVER sentences at odd positions are the tune half; the others are the check half.
# Set SITREP_ACCURACY_VERBOSE=1 to keep per-event listings in $out/*-v.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
sitrep=${1:-build/sitrep}
[ -x "$sitrep" ] || scripts/build.sh
shared=${SITREP_SHARED:-../shared}
[ -d "$shared/validation" ] || { echo "accuracy: $shared/validation not found" >&2; exit 2; }
out=${SITREP_ACCURACY_OUT:-$(mktemp -d)}
mkdir -p "$out"

python3 - "$shared" "$out" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
# Real news: split docs and gold by the parity of the passage number.
gold = json.load(open(f'{shared}/validation/realnews/gold.json'))
docs = [json.loads(l) for l in open(f'{shared}/validation/realnews/docs.jsonl', encoding='utf-8') if l.strip()]
for half, parity in (('tune', 1), ('check', 0)):
    ids = {d['id'] for d in docs if int(d['id'].split('-')[1]) % 2 == parity}
    with open(f'{out}/realnews-{half}.jsonl', 'w', encoding='utf-8') as f:
        for d in docs:
            if d['id'] in ids:
                f.write(json.dumps(d, ensure_ascii=False) + '\n')
    g = dict(gold)
    g['docs'] = {k: v for k, v in gold['docs'].items() if k in ids}
    json.dump(g, open(f'{out}/realnews-gold-{half}.json', 'w', encoding='utf-8'), ensure_ascii=False)
# PLOVER: alternate records (the DOCUMENT header record is not a sentence).
recs = json.load(open(f'{shared}/validation/plover-gsr/records-dev.json'))
sents = [r for r in recs if r.get('event') != 'DOCUMENT']
for half, parity in (('tune', 1), ('check', 0)):
    part = [r for i, r in enumerate(sents, 1) if i % 2 == parity]
    json.dump(part, open(f'{out}/plover-{half}.json', 'w', encoding='utf-8'), ensure_ascii=False)
PY

score_rn() { python3 "$shared/tools/score-realnews.py" "$@"; }
score_pl() { python3 "$shared/tools/score-plover.py" "$@"; }
verbose=${SITREP_ACCURACY_VERBOSE:-0}

"$sitrep" code -q --mentions raw "$shared/validation/realnews/docs.jsonl" >"$out/realnews-events.jsonl" || true
echo "== real news (all 145 passages)"
score_rn "$shared/validation/realnews/gold.json" "$out/realnews-events.jsonl" | head -n 1
for half in tune check; do
  "$sitrep" code -q --mentions raw "$out/realnews-$half.jsonl" >"$out/realnews-$half-events.jsonl" || true
  printf '%-6s ' "$half"
  score_rn "$out/realnews-gold-$half.json" "$out/realnews-$half-events.jsonl" | head -n 1
  [ "$verbose" = 1 ] && score_rn "$out/realnews-gold-$half.json" "$out/realnews-$half-events.jsonl" -v >"$out/realnews-$half-v.txt"
done

echo "== PLOVER gold sentences"
score_pl to-jsonl "$shared/validation/plover-gsr/records-dev.json" >"$out/plover.jsonl"
"$sitrep" code -q --mentions raw "$out/plover.jsonl" >"$out/plover-events.jsonl" || true
score_pl score "$shared/validation/plover-gsr/records-dev.json" "$out/plover-events.jsonl"
for half in tune check; do
  printf '%-6s ' "$half"
  score_pl score "$out/plover-$half.json" "$out/plover-events.jsonl"
  [ "$verbose" = 1 ] && score_pl score "$out/plover-$half.json" "$out/plover-events.jsonl" -v >"$out/plover-$half-v.txt"
done

echo "== PETRARCH suites (their own dictionaries, no built-in ones)"
v=$shared/validation/petrarch-2.02
printf 'petrarch-2.02     '
"$sitrep" validate "$v/records-dev.xml" --no-builtin \
  --dictionary "$v/PETR_Validate_verbs_2_02.txt" --dictionary "$v/PETR_Validate_actors_2_02.txt" \
  --dictionary "$v/PETR_Validate_agents_2_02.txt" --dictionary "$v/PETR_Validate_discards_2_02.txt" \
  --dictionary "$v/PETR_Validate_Internal_Coding_Ontology_1_01.txt" 2>&1 | tail -n 1 || true
printf 'petrarch-unittest '
"$sitrep" validate "$shared/validation/petrarch-unittest/records-dev.xml" --no-builtin 2>&1 | tail -n 1 || true
echo "(outputs in $out)"
