// One event's evidence: each report's sentence with the words behind every
// field highlighted, the fields with their codes and rules, the reports across
// documents and who says so. Mentions are those of GET /api/events/{id} and
// POST /api/code (docs/API.md): spans in bytes of their sentence.
import { h } from './dom.js';
import { recordSpans, highlight, legend } from './spans.js';
import { QUADS, rootName } from './cameo.js';

export function headline(r) {
  return `${r.date || 'undated'} · ${r.source?.code || '?'} → ${r.event?.cameo || '?'} ${rootName(r.event?.root) || ''} → ${r.target?.code || '?'}`;
}

// The highlightable spans of one mention: [{kind, span, label, rule}] in sentence bytes.
export function mentionSpans(m, r) {
  const s = m.spans || {};
  const out = [];
  const add = (kind, x, label, rule) => {
    if (x && Array.isArray(x.sentence) && x.sentence[1] > x.sentence[0]) out.push({ kind, span: x.sentence, label, rule });
  };
  add('source', s.source, r.source?.code);
  add('target', s.target, r.target?.code);
  add('verb', s.verb, r.event?.cameo, m.rule);
  add('date', s.date, r.date);
  add('place', s.place, r.place?.name);
  for (const c of s.counts || []) add('count', c, `${c.kind} ${c.value ?? ''}`.trim());
  add('attribution', s.attribution, r.attribution?.code);
  return out;
}

// Where a field's words are in the document; a dateline's date or place lies outside the sentence.
const bytes = (x) => (x && Array.isArray(x.doc) ? `${x.doc[0]}–${x.doc[1]}${x.sentence ? '' : ' (outside the sentence)'}` : '');

function fieldTable(r, m) {
  const s = (m && m.spans) || {};
  const rows = [];
  const row = (kind, label, words, coded, span, rule) =>
    rows.push(h('tr', {}, h('th', { scope: 'row' }, h(`mark.hl.hl-${kind}`, {}, label)), h('td', {}, words || ''),
      h('td', {}, coded || ''), h('td.mono', {}, span || ''), h('td.mono', {}, rule || '')));
  const from = (a) => (a?.country_from ? ` (country from ${a.country_from})` : '');
  row('source', 'Source', r.source?.text, r.source ? r.source.code + from(r.source) : '—', bytes(s.source));
  row('verb', 'Event', r.event?.text, `${r.event?.cameo} ${rootName(r.event?.root)} · ${r.plover || ''} · Goldstein ${r.goldstein} · ${QUADS[r.quad] || ''}${r.negated ? ' · negated' : ''}${r.modality && r.modality !== 'asserted' ? ' · ' + r.modality : ''}`,
    bytes(s.verb), (m && m.rule) || r.event?.rule);
  row('target', 'Target', r.target?.text, r.target ? r.target.code + from(r.target) : '—', bytes(s.target));
  row('date', 'Date', s.date?.text, `${r.date || '—'}${r.date_precision ? ` (${r.date_precision})` : ''}`, bytes(s.date));
  if (r.place) row('place', 'Place', r.place.text, `${r.place.name || ''} ${r.place.country || ''} ${r.place.precision || ''}${r.place.from ? ` (from ${r.place.from})` : ''}`, bytes(s.place));
  const countRules = (r.counts?.sources || []);
  (s.counts || countRules).forEach((c, i) => row('count', 'Count', c.text, `${c.kind} ${c.value ?? ''}${c.approximate ? ' (about)' : ''}`, bytes(c), countRules[i]?.rule));
  if (r.attribution) row('attribution', 'Said by', r.attribution.text, r.attribution.code, bytes(s.attribution));
  return h('table.table.fields', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'Words'), h('th', {}, 'Coded as'), h('th', {}, 'Bytes in document'), h('th', {}, 'Rule'))),
    h('tbody', {}, rows));
}

const source = (m) => [m.title ? `“${m.title}”` : '', m.outlet, m.doc, m.story_date].filter(Boolean).join(' · ');

// r: a sitrep.event/1 record; mentions: its reports as the API gives them
// (the first, whose fields the record carries, is shown in full).
// compact: the table of fields folded away (the code box lists many events).
export function evidenceBlock(r, mentions = [], { compact = false } = {}) {
  const main = mentions.find((m) => m.first) || mentions[0];
  const sentence = main
    ? highlight(main.sentence_text, mentionSpans(main, r))
    : highlight(r.sentence_text, recordSpans(r));
  return h('article.evidence', { dataset: { id: r.id || '' } },
    h('h3', {}, headline(r)),
    h('p.meta', {}, main ? source(main) : r.doc, ` · sentence ${(main || r).sentence} · confidence ${r.confidence ?? '?'}`,
      r.url ? h('span', {}, ' · ', h('a', { href: r.url, rel: 'noreferrer noopener', target: '_blank' }, 'link')) : null),
    sentence,
    compact ? null : legend(),
    compact ? h('details', {}, h('summary', {}, 'Fields, spans and rules'), fieldTable(r, main)) : fieldTable(r, main),
    compact ? null : r.attribution
      ? h('p', {}, 'Attribution: ', h('mark.hl.hl-attribution', {}, `${r.attribution.text}`), ` (${r.attribution.code || 'no code'})`)
      : h('p.note', {}, 'Attribution: none, the sentence states it.'),
    mentions.length > 1 ? h('div.mentions', {},
      h('h4', {}, `Reported ${mentions.length} times`),
      h('ol', {}, mentions.map((m) => h('li', {},
        h('span.note', {}, source(m), ` · sentence ${m.sentence}`, m.rule ? ' · rule ' : '', m.rule ? h('span.mono', {}, m.rule) : null),
        highlight(m.sentence_text, mentionSpans(m, r)))))) : null);
}
