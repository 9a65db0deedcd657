// The evidence of a record: which words of the sentence made which field.
// Spans are byte offsets into the UTF-8 sentence (as sitrep writes them), so
// the sentence is cut as bytes and each piece decoded on its own.
import { h } from './dom.js';

export const KINDS = ['source', 'target', 'verb', 'date', 'place', 'count', 'attribution'];

// [{kind, span:[b,e], label, rule}] of one sitrep.event/1 record.
export function recordSpans(r) {
  const out = [];
  const add = (kind, span, label, rule) => {
    if (Array.isArray(span) && span.length === 2 && span[1] > span[0]) out.push({ kind, span, label, rule });
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
