#!/usr/bin/env bash
# Agreement of sitrep's part-of-speech tags with Lingua::EN::Tagger's (the Perl
# tagger whose model sitrep reads, run as a reference) on the real-news
# passages, split into sentences by sitrep. Penn tags are mapped to sitrep's
# coarse tags; tokens are aligned by their text. Prints overall agreement, a
# confusion list and agreement on the tags the coder depends on (verb, noun).
# Usage: scripts/tag_agreement.sh [build-dir] [--rules]   (default build-dev;
# needs its static libraries, liblingua-en-tagger-perl and
# ../shared/validation/realnews). --rules measures the fallback rule tagger.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-dev}
mode=${2:-}
docs=${SITREP_SHARED:-../shared}/validation/realnews/docs.jsonl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

c++ -O2 -std=c++20 -Isrc bench/pos_tags.cpp -o "$work/pos_tags" \
  "$build"/libsitrep_engine.a "$build"/libsitrep_context.a "$build"/libsitrep_io.a "$build"/libsitrep_events.a \
  "$build"/libsitrep_actors.a "$build"/libsitrep_syntax.a "$build"/libsitrep_text.a "$build"/libsitrep_core.a \
  $(pkg-config --libs geonames libutf8proc libzstd 2>/dev/null || pkg-config --libs libutf8proc libzstd) -lz -lpthread

# One sentence per line, as sitrep splits them.
"$build"/sitrep sentences "$docs" | grep -v '^#' | cut -d' ' -f3- | tr -s ' \t' ' ' | grep -v '^ *$' >"$work/sentences.txt"
"$work/pos_tags" $mode <"$work/sentences.txt" >"$work/sitrep.txt"
perl -CSD -MLingua::EN::Tagger -ne 'BEGIN { $t = Lingua::EN::Tagger->new(longest_noun_phrase => 5) }
  chomp; my $x = $t->add_tags($_) // ""; my @o;
  while ($x =~ m{<(\w+)>([^<]*)</\1>}g) { my ($tag, $w) = ($1, $2); $w =~ s/^\s+|\s+$//g; push @o, "$w/$tag" }
  print join(" ", @o), "\n"' <"$work/sentences.txt" >"$work/perl.txt"

python3 - "$work/sitrep.txt" "$work/perl.txt" <<'PY'
import sys, collections
penn = {'cc':'conjunction','cd':'number','det':'determiner','ex':'pronoun','fw':'noun','in':'preposition',
        'jj':'adjective','jjr':'adjective','jjs':'adjective','md':'modal','nn':'noun','nns':'noun',
        'nnp':'proper_noun','nnps':'proper_noun','pdt':'determiner','pos':'particle','prp':'pronoun',
        'prps':'determiner','rb':'adverb','rbr':'adverb','rbs':'adverb','rp':'adverb','to':'preposition',
        'vb':'verb','vbd':'verb','vbg':'verb','vbn':'verb','vbp':'verb','vbz':'verb','wdt':'determiner',
        'wp':'pronoun','wps':'determiner','wrb':'subordinator','uh':'other','ls':'other','sym':'punctuation'}
# Tags sitrep splits further than Penn: compare them as Penn sees them.
same = {('auxiliary','verb'), ('particle','adverb'), ('particle','preposition'), ('subordinator','preposition'),
        ('adverb','subordinator'), ('pronoun','determiner'), ('determiner','pronoun')}
total = agree = 0
conf = collections.Counter()
by_ref = collections.Counter(); by_ref_ok = collections.Counter()
for a, b in zip(open(sys.argv[1], encoding='utf-8', errors='replace'), open(sys.argv[2], encoding='utf-8', errors='replace')):
    s = [t.rsplit('/', 1) for t in a.split()]
    p = [t.rsplit('/', 1) for t in b.split()]
    p = [(w, penn.get(t, 'punctuation')) for w, t in p if len(t) > 0]
    j = 0
    for w, tag in s:
        if tag == 'punctuation': continue
        k = j
        while k < len(p) and k < j + 4 and p[k][0] != w: k += 1
        if k >= len(p) or p[k][0] != w: continue
        j = k + 1
        ref = p[k][1]
        if ref == 'punctuation': continue
        total += 1
        ok = tag == ref or (tag, ref) in same
        agree += ok
        by_ref[ref] += 1; by_ref_ok[ref] += ok
        if not ok: conf[(ref, tag)] += 1
print(f'tokens aligned {total}, agreement {agree / max(total, 1):.3f}')
for ref in ('verb', 'noun', 'proper_noun', 'adjective'):
    print(f'  reference {ref:12} {by_ref_ok[ref]}/{by_ref[ref]} = {by_ref_ok[ref] / max(by_ref[ref], 1):.3f}')
print('most frequent disagreements (reference -> sitrep):')
for (ref, tag), n in conf.most_common(12):
    print(f'  {ref:12} -> {tag:12} {n}')
PY
