// The evidence of a record: which words of the sentence made which field.
// Spans are byte offsets into the UTF-8 sentence (as sitrep writes them), so
// the sentence is cut as bytes and each piece decoded on its own.
import { h } from './dom.js';

export const KINDS = ['source', 'target', 'verb', 'date', 'place', 'count', 'attribution'];

const enc = new TextEncoder();

function indexesOf(hay, needle) {
  const out = [];
  if (!needle.length) return out;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    out.push(i);
  }
  return out;
}

// Spans count bytes from the start of the document, but a record carries only
// its sentence. The sentence's own start is the offset at which most fields'
// words sit at their spans (a server may also send it as sentence_begin).
export function sentenceOffset(r) {
  if (Number.isInteger(r.sentence_begin)) return r.sentence_begin;
  const sentence = enc.encode(r.sentence_text || '');
  const fields = [r.event, r.source, r.target, r.attribution, r.place, ...((r.counts && r.counts.sources) || [])]
    .filter((f) => f && f.text && Array.isArray(f.span) && f.span[1] > f.span[0])
    .map((f) => ({ bytes: enc.encode(f.text), span: f.span }));
  const fits = (f, off) => {
    const b = f.span[0] - off;
    if (b < 0 || f.span[1] - off > sentence.length || f.span[1] - f.span[0] !== f.bytes.length) return false;
    for (let j = 0; j < f.bytes.length; j++) if (sentence[b + j] !== f.bytes[j]) return false;
    return true;
  };
  let best = 0;
  let bestScore = fields.filter((f) => fits(f, 0)).length;
  for (const f of fields) {
    for (const at of indexesOf(sentence, f.bytes)) {
      const off = f.span[0] - at;
      const score = fields.filter((g) => fits(g, off)).length;
      if (score > bestScore) [best, bestScore] = [off, score];
    }
  }
  return best;
}

// [{kind, span:[b,e], label, rule}] of one sitrep.event/1 record, in bytes of
// its sentence; spans outside the sentence (a dateline's place or date) are left out.
export function recordSpans(r) {
  const out = [];
  const off = sentenceOffset(r);
  const len = enc.encode(r.sentence_text || '').length;
  const add = (kind, span, label, rule) => {
    if (!Array.isArray(span) || span.length !== 2 || span[1] <= span[0]) return;
    const s = [span[0] - off, span[1] - off];
    if (s[0] >= 0 && s[1] <= len) out.push({ kind, span: s, label, rule });
  };
  if (r.source) add('source', r.source.span, r.source.code, r.source.rule);
  if (r.target) add('target', r.target.span, r.target.code, r.target.rule);
  if (r.event) add('verb', r.event.span, r.event.cameo, r.event.rule);
  add('date', r.date_span, r.date);
  if (r.place) add('place', r.place.span, r.place.name || r.place.text);
  for (const c of (r.counts && r.counts.sources) || []) add('count', c.span, `${c.kind} ${c.value ?? ''}`.trim(), c.rule);
  if (r.attribution) add('attribution', r.attribution.span, r.attribution.code);
  return out;
}

// The sentence as nodes: plain text, and <mark class="hl hl-KIND"> for each
// stretch covered by one or more spans (the innermost, i.e. shortest, gives the colour).
export function highlight(sentence, spans) {
  const bytes = new TextEncoder().encode(sentence || '');
  const dec = new TextDecoder();
  const cuts = new Set([0, bytes.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(bytes.length, s.span[0])));
    cuts.add(Math.max(0, Math.min(bytes.length, s.span[1])));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [b, e] = [points[i], points[i + 1]];
    const text = dec.decode(bytes.subarray(b, e));
    const covering = spans.filter((s) => s.span[0] <= b && s.span[1] >= e)
      .sort((x, y) => (x.span[1] - x.span[0]) - (y.span[1] - y.span[0]));
    if (!covering.length) { nodes.push(text); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    nodes.push(h(`mark.hl.hl-${kinds[0]}`, {
      'data-kinds': kinds.join(' '),
      title: covering.map((s) => `${s.kind}${s.label ? ': ' + s.label : ''}`).join('; '),
    }, text));
  }
  return h('p.sentence', {}, nodes);
}

export function legend() {
  return h('p.legend', {}, KINDS.map((k) => h(`mark.hl.hl-${k}`, {}, k)));
}
