#!/usr/bin/env python3
"""Lists the matched real-news events whose date or place disagrees with the gold.

Usage: python3 scripts/context-disagreements.py gold.json docs.jsonl events.jsonl [--dates|--places]

Matching, date and place agreement are the scorer's own (../shared/tools/score-realnews.py,
imported, not copied), so the counts printed at the end equal its date and place figures.
Run it on the tune half only (scripts/accuracy.sh writes realnews-gold-tune.json,
realnews-tune.jsonl and realnews-tune-events.jsonl into its output directory).
For each disagreement: the story date, the gold date or place, what sitrep emitted (with the
date's precision and the place's text) and the passage, so the cause can be read off.
"""
import importlib.util
import json
import os
import sys


def load_scorer():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get('SITREP_SHARED', os.path.join(here, '..', '..', 'shared'))
    path = os.path.join(shared, 'tools', 'score-realnews.py')
    spec = importlib.util.spec_from_file_location('score_realnews', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    if len(args) != 3:
        print(__doc__.strip().splitlines()[2])
        return 2
    want_dates = '--places' not in argv
    want_places = '--dates' not in argv
    sc = load_scorer()
    gold = json.load(open(args[0], encoding='utf-8'))
    texts = {}
    for line in open(args[1], encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            texts[d['id']] = d['text']
    by_doc = {}
    for e in sc.load_events(args[2]):
        by_doc.setdefault(str(e.get('doc')), []).append(e)
    counts = {'date': [0, 0], 'place': [0, 0]}
    for did, gd in gold['docs'].items():
        out = []
        for e in by_doc.get(did, []):
            ms = [g for g in gd.get('events', []) if sc.match(g, e)]
            wrong = []
            dated = [g for g in ms if g.get('date')]
            if dated:
                ok = any(sc.edate(e).startswith(g['date']) for g in dated)
                counts['date'][0] += ok
                counts['date'][1] += 1
                if not ok and want_dates:
                    wrong.append(f"  DATE  gold {'/'.join(g['date'] for g in dated)}  emitted {sc.edate(e) or '-'}"
                                 f" ({e.get('date_precision')})  {sc.describe(e)}")
            placed = [g for g in ms if g.get('place')]
            if placed:
                ok = any(sc.place_ok(g['place'], sc.eplace(e)) for g in placed)
                counts['place'][0] += ok
                counts['place'][1] += 1
                if not ok and want_places:
                    p = e.get('place') or {}
                    wrong.append(f"  PLACE gold {' / '.join(str(g['place']) for g in placed)}  emitted "
                                 f"{sc.eplace(e) or '-'} ({p.get('precision', '-')}, text '{p.get('text', '')}')"
                                 f"  {sc.describe(e)}")
            if wrong:
                out += wrong
                out.append(f"    sentence: {(e.get('sentence_text') or '')[:200]}")
                notes = [g['note'] for g in ms if g.get('note')]
                if notes:
                    out.append(f"    note: {notes[0][:200]}")
        if out:
            print(f"{did} story {gd.get('story_date', '')} ({gd.get('region', '')})")
            print(f"  passage: {texts.get(did, '')[:600]}")
            print('\n'.join(out))
    for k, (ok, n) in counts.items():
        print(f"{k} agreement {ok}/{n}")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
