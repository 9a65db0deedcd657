// One event's evidence: its sentence with the words behind each field
// highlighted, the fields with their spans and rules, the mentions across
// documents and who says so.
import { h } from './dom.js';
import { recordSpans, highlight, legend } from './spans.js';
import { QUADS, rootName } from './cameo.js';

const actor = (a) => (a ? `${a.code || '?'}${a.text ? ` (${a.text})` : ''}` : '—');

export function headline(r) {
  return `${r.date || 'undated'} · ${r.source?.code || '?'} → ${r.event?.cameo || '?'} ${rootName(r.event?.root) || ''} → ${r.target?.code || '?'}`;
}

function fieldRows(r) {
  const rows = [];
  const row = (kind, label, text, value, span, rule) =>
    rows.push(h('tr', {}, h('th', { scope: 'row' }, h(`mark.hl.hl-${kind}`, {}, label)), h('td', {}, text || ''),
      h('td', {}, value || ''), h('td.mono', {}, span ? `${span[0]}–${span[1]}` : ''), h('td.mono', {}, rule || '')));
  row('source', 'Source', r.source?.text, r.source?.code + (r.source?.country_from ? ` (country from ${r.source.country_from})` : ''), r.source?.span);
  row('verb', 'Event', r.event?.text, `${r.event?.cameo} ${rootName(r.event?.root)} · ${r.plover || ''} · Goldstein ${r.goldstein} · ${QUADS[r.quad] || ''}${r.negated ? ' · negated' : ''}${r.modality && r.modality !== 'asserted' ? ' · ' + r.modality : ''}`, r.event?.span, r.event?.rule);
  row('target', 'Target', r.target?.text, r.target?.code ? r.target.code + (r.target?.country_from ? ` (country from ${r.target.country_from})` : '') : '—', r.target?.span);
  row('date', 'Date', '', `${r.date || '—'}${r.date_precision ? ` (${r.date_precision})` : ''}`, r.date_span);
  if (r.place) row('place', 'Place', r.place.text, `${r.place.name || ''} ${r.place.country || ''} ${r.place.precision || ''}${r.place.from ? ` (from ${r.place.from})` : ''}`, r.place.span);
  for (const c of r.counts?.sources || []) row('count', 'Count', c.text, `${c.kind} ${c.value ?? ''}${c.approximate ? ' (about)' : ''}`, c.span, c.rule);
  if (r.attribution) row('attribution', 'Said by', r.attribution.text, r.attribution.code, r.attribution.span);
  return h('table.table.fields', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'Words'), h('th', {}, 'Coded as'), h('th', {}, 'Bytes'), h('th', {}, 'Rule'))), h('tbody', {}, rows));
}

// A record (from /api/events/{id} or /api/code) as a block of evidence.
export function evidenceBlock(r) {
  const mentions = r.mentions || [];
  return h('article.evidence', { dataset: { id: r.id || '' } },
    h('h3', {}, headline(r)),
    h('p.meta', {}, `${r.doc || ''}${r.sentence !== undefined ? `, sentence ${r.sentence}` : ''} · confidence ${r.confidence ?? '?'}`,
      r.url ? h('span', {}, ' · ', h('a', { href: r.url, rel: 'noreferrer noopener', target: '_blank' }, 'source')) : null),
    highlight(r.sentence_text, recordSpans(r)),
    legend(),
    fieldRows(r),
    r.attribution ? h('p', {}, 'Attribution: ', h('mark.hl.hl-attribution', {}, actor(r.attribution))) : h('p.note', {}, 'No attribution: the sentence states it.'),
    mentions.length ? h('div.mentions', {},
      h('h4', {}, `Mentions (${r.mention_count || mentions.length}) across documents`),
      h('ol', {}, mentions.map((m) => h('li', {},
        h('span.mono', {}, `${m.doc || ''} #${m.sentence ?? ''}`),
        m.sentence_text ? highlight(m.sentence_text, mentionSpans(m, r)) : null,
        m.rule ? h('span.mono.note', {}, ` rule ${m.rule}`) : null)))) : null);
}

// A mention may carry its own fields (the detail view) or just its verb's span,
// whose words are the record's verb.
function mentionSpans(m, r) {
  if (m.event || m.source || m.target) return recordSpans(m);
  return recordSpans({ sentence_text: m.sentence_text, sentence_begin: m.sentence_begin,
    event: { text: r.event?.text, span: m.span, cameo: r.event?.cameo } });
}
