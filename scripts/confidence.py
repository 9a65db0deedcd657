#!/usr/bin/env python3
"""Calibration of sitrep's event `confidence` on the real-news development data.

For each threshold 0.0, 0.1, ..., 1.0 prints, over the events whose confidence is at
or above it: how many there are, their precision (share matching a gold event) and
the recall of required gold events. The matching is the real-news scorer's own
(../shared/tools/score-realnews.py, imported by path, not copied).

Usage:
  scripts/confidence.py [--sitrep build-dev/sitrep | --events EVENTS.jsonl]
                        [--shared ../shared] [--half all|tune|check]
With --sitrep the passages are coded here (`code -q --mentions raw`); with --events
the file must hold that command's output. Tune half: odd passage numbers, check
half: even ones (as scripts/accuracy.sh splits them).
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys


def load_scorer(shared):
    path = os.path.join(shared, 'tools', 'score-realnews.py')
    spec = importlib.util.spec_from_file_location('score_realnews', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def in_half(doc_id, half):
    if half == 'all':
        return True
    number = int(doc_id.split('-')[1])
    return number % 2 == (1 if half == 'tune' else 0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument('--sitrep', help='sitrep binary to code the passages with')
    source.add_argument('--events', help='output of `sitrep code --mentions raw` on the passages')
    parser.add_argument('--shared', default=os.path.join(here, '..', '..', 'shared'))
    parser.add_argument('--half', choices=('all', 'tune', 'check'), default='all')
    args = parser.parse_args()

    scorer = load_scorer(args.shared)
    realnews = os.path.join(args.shared, 'validation', 'realnews')
    gold = json.load(open(os.path.join(realnews, 'gold.json'), encoding='utf-8'))
    if args.events:
        events = scorer.load_events(args.events)
    else:
        binary = args.sitrep or os.path.join(here, '..', 'build-dev', 'sitrep')
        out = subprocess.run([binary, 'code', '-q', '--mentions', 'raw', os.path.join(realnews, 'docs.jsonl')],
                             check=False, capture_output=True, text=True).stdout
        path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'sitrep-confidence-events.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(out)
        events = scorer.load_events(path)

    docs = {d: g for d, g in gold['docs'].items() if in_half(d, args.half)}
    events = [e for e in events if str(e.get('doc')) in docs]
    # Per event: its confidence and whether it matches any gold event of its passage;
    # per required gold event: the confidences of the events that match it.
    scored = []
    required = []
    for e in events:
        golds = docs[str(e['doc'])].get('events', [])
        scored.append((float(e.get('confidence') or 0.0), any(scorer.match(g, e) for g in golds)))
    for did, gd in docs.items():
        for g in gd.get('events', []):
            if g.get('need') == 'required':
                required.append([float(e.get('confidence') or 0.0) for e in events
                                 if str(e['doc']) == did and scorer.match(g, e)])

    print(f'real news ({args.half}): {len(scored)} events, {len(required)} required gold events')
    print('threshold  events  precision  recall')
    for step in range(11):
        t = step / 10
        kept = [ok for c, ok in scored if c >= t - 1e-9]
        found = sum(1 for confs in required if any(c >= t - 1e-9 for c in confs))
        precision = sum(kept) / len(kept) if kept else 0.0
        recall = found / len(required) if required else 0.0
        print(f'   {t:.1f}    {len(kept):6d}     {precision:.2f}     {recall:.2f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
