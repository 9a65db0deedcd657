#!/usr/bin/env python3
"""Per-root and per-region figures for the real-news development set, for docs/ACCURACY.md.

Usage: scripts/accuracy-tables.py gold.json events.jsonl

Uses the matching rules of ../shared/tools/score-realnews.py (imported from there, so the
figures are the scorer's own): recall per CAMEO root of the gold event's preferred root, and
recall and precision per region of the passage. Prints Markdown tables.
"""
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get('SITREP_SHARED', os.path.join(here, '..', '..', 'shared'))
spec = importlib.util.spec_from_file_location('score_realnews', os.path.join(shared, 'tools', 'score-realnews.py'))
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)


def main(gold_path, events_path):
    import json
    gold = json.load(open(gold_path, encoding='utf-8'))
    by_doc = {}
    for e in scorer.load_events(events_path):
        by_doc.setdefault(str(e.get('doc')), []).append(e)
    roots, regions = {}, {}
    for did, gd in gold['docs'].items():
        evs = by_doc.get(did, [])
        reg = regions.setdefault(gd.get('region') or '?', [0, 0, 0, 0])  # required, found, emitted, good
        for g in gd.get('events', []):
            if g.get('need') != 'required':
                continue
            hit = any(scorer.match(g, e) for e in evs)
            r = roots.setdefault(g['root'][0], [0, 0])
            r[0] += 1
            r[1] += hit
            reg[0] += 1
            reg[1] += hit
        for e in evs:
            reg[2] += 1
            reg[3] += any(scorer.match(g, e) for g in gd.get('events', []))
    print('| root | required | found | recall |')
    print('|---|---:|---:|---:|')
    for root in sorted(roots):
        n, f = roots[root]
        print(f'| {root} | {n} | {f} | {f / n:.2f} |')
    print()
    print('| region | required | found | recall | emitted | right | precision |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for name in sorted(regions, key=lambda k: -regions[k][0]):
        n, f, m, ok = regions[name]
        rec = f'{f / n:.2f}' if n else '-'
        prec = f'{ok / m:.2f}' if m else '-'
        print(f'| {name} | {n} | {f} | {rec} | {m} | {ok} | {prec} |')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2])
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
