// The analyst's page: the URL's query string is the filter state; every view
// (timeline, map, dyads, events) is drawn from the server's JSON API.
import './style.css';
import * as api from './api.js';
import { h, clear } from './dom.js';
import { ROOTS, PLOVER, QUADS, rootName } from './cameo.js';
import { drawTimeline } from './timeline.js';
import { initMap, drawDots } from './map.js';
import { evidenceBlock, headline } from './evidence.js';
import { legend } from './spans.js';

const $ = (sel) => document.querySelector(sel);
const form = $('#filters');
let cursor = null;
let loaded = [];
let generation = 0;

function readUrl() {
  const p = new URLSearchParams(location.search);
  const f = {};
  for (const k of api.FILTER_KEYS) f[k] = p.get(k) || '';
  return f;
}

function fillForm(f) {
  for (const k of api.FILTER_KEYS) form.elements[k].value = f[k];
}

function readForm() {
  const f = {};
  for (const k of api.FILTER_KEYS) f[k] = form.elements[k].value.trim();
  f.country = f.country.toUpperCase();
  return f;
}

// Changes the filter: a new history entry, so Back undoes it, and a shareable URL.
function navigate(f) {
  const q = api.query(f);
  history.pushState(null, '', q ? `?${q}` : location.pathname);
  fillForm(f);
  load(f);
}

function status(text, isError = false) {
  const el = $('#status');
  el.textContent = text;
  el.classList.toggle('error', isError);
}

// The rollups answer counts by day and by dyad for most filters; for the rest
// (text, PLOVER, a country with dyads) the counts come from the events themselves,
// up to a thousand of them.
function countEvents(events, by) {
  const keys = by === 'dyad' ? ['source', 'target'] : ['day', 'quad'];
  const pick = (e) => (by === 'dyad' ? [e.source?.code || '', e.target?.code || ''] : [e.date || '', String(e.quad)]);
  const rows = new Map();
  for (const e of events) {
    const k = pick(e);
    const row = rows.get(k.join('|')) || Object.fromEntries([...keys.map((n, i) => [n, k[i]]), ['events', 0], ['mentions', 0]]);
    row.events += 1;
    row.mentions += e.mention_count || 1;
    rows.set(k.join('|'), row);
  }
  return [...rows.values()];
}

// The filters the rollups hold (docs/API.md; dyads keep no country or quad).
const MAP_LIMIT = 5000;
const ROLLUP_KEYS = ['from', 'to', 'actor', 'source', 'target', 'country', 'root', 'quad'];

async function load(f) {
  const gen = ++generation;
  status('Loading…');
  try {
    let sample = null;
    const sampled = () => (sample ||= api.events(f, null, 1000));
    const fromEvents = async (by) => {
      const s = await sampled();
      return { rows: countEvents(s.events, by), note: s.next ? 'from the first 1000 events' : 'from the events' };
    };
    const held = (by) => Object.keys(f).every((k) => !f[k] || (ROLLUP_KEYS.includes(k) && !(by === 'dyad' && ['country', 'quad'].includes(k))));
    const rollup = (by) => (!held(by) ? fromEvents(by) : api.stats(f, by).then((rows) => ({ rows, note: '' })).catch((e) => {
      if (!(e instanceof api.ApiError) || e.status !== 400) throw e;
      return fromEvents(by);
    }));
    const [total, days, dyads, page, placed] = await Promise.all(
      [api.count(f), rollup('day,quad'), rollup('dyad'), api.events(f, null), api.places(f, MAP_LIMIT)]);
    if (gen !== generation) return;
    $('#event-count').textContent = `${total} event${total === 1 ? '' : 's'}`;
    const unit = drawTimeline($('#timeline'), days.rows, (from, to) => navigate({ ...readForm(), from, to }));
    $('#timeline-unit').textContent = unit;
    $('#timeline-note').textContent = days.note;
    drawDyads(dyads.rows, f);
    $('#dyads-note').textContent = dyads.note;
    const shown = drawDots(placed);
    $('#map-note').textContent = `${shown} placed event${shown === 1 ? '' : 's'}${placed.length >= MAP_LIMIT ? ` (the first ${MAP_LIMIT})` : ''} of ${total}`;
    loaded = page.events;
    cursor = page.next;
    drawEvents();
    status('');
  } catch (e) {
    if (gen === generation) status(`Could not load: ${e.message}`, true);
  }
}

function drawDyads(rows, f) {
  const body = clear($('#dyads tbody'));
  const top = [...rows].sort((a, b) => b.events - a.events).slice(0, 50);
  if (!top.length) body.append(h('tr', {}, h('td.empty', { colspan: 4 }, 'No events.')));
  for (const r of top) {
    const pick = () => navigate({ ...f, actor: '', source: r.source, target: r.target });
    body.append(h('tr.pick', { tabindex: 0, title: `Show ${r.source || '?'} → ${r.target || '?'}`, onclick: pick,
      onkeydown: (e) => { if (e.key === 'Enter') pick(); } },
    h('td.mono', {}, r.source || '—'), h('td.mono', {}, r.target || '—'), h('td.num', {}, r.events), h('td.num', {}, r.mentions)));
  }
}

function drawEvents() {
  const body = clear($('#events tbody'));
  if (!loaded.length) body.append(h('tr', {}, h('td.empty', { colspan: 7 }, 'No events match these filters.')));
  for (const e of loaded) {
    const open = () => openEvidence(e.id);
    body.append(h('tr.pick.event-row', { tabindex: 0, dataset: { id: e.id }, 'aria-label': `${headline(e)}: open evidence`,
      onclick: open, onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } } },
    h('td.mono', {}, e.date || ''), h('td.mono', {}, e.source?.code || '—'),
    h(`td.mono.q${e.quad}`, { title: rootName(e.event?.root) }, e.event?.cameo || ''),
    h('td.mono', {}, e.target?.code || '—'), h('td', {}, e.place ? (e.place.name || e.place.text) : ''),
    h('td.num', {}, e.mention_count || 1), h('td.sentence-cell', {}, e.sentence_text || '')));
  }
  $('#more').hidden = !cursor;
}

async function more() {
  const gen = generation;
  try {
    const page = await api.events(readUrl(), cursor);
    if (gen !== generation) return;
    loaded = loaded.concat(page.events);
    cursor = page.next;
    drawEvents();
  } catch (e) {
    status(`Could not load more: ${e.message}`, true);
  }
}

let opener = null;
async function openEvidence(id) {
  opener = document.activeElement;
  const dlg = $('#evidence');
  const body = clear($('#evidence-body'));
  body.append(h('p', {}, 'Loading…'));
  if (!dlg.open) dlg.showModal();
  try {
    const r = await api.event(id);
    clear(body).append(evidenceBlock(r.event, r.mentions));
  } catch (e) {
    clear(body).append(h('p.error', {}, `Could not load event ${id}: ${e.message}`));
  }
}

async function codeText(ev) {
  ev.preventDefault();
  const f = $('#code-form');
  const text = f.elements.text.value;
  const token = f.elements.token.value.trim();
  if (token) sessionStorage.setItem('sitrep-token', token);
  const out = clear($('#code-results'));
  const st = $('#code-status');
  if (!text.trim()) { st.textContent = 'Paste some text first.'; return; }
  st.textContent = 'Coding…';
  try {
    const events = await api.code(text, token, f.elements.date.value);
    st.textContent = `${events.length} event${events.length === 1 ? '' : 's'}`;
    if (events.length) out.append(legend());
    for (const r of events) out.append(evidenceBlock(r.event, r.mention ? [r.mention] : [], { compact: true }));
  } catch (e) {
    st.textContent = e.status === 401 || e.status === 403
      ? `The server wants a token (${e.message}): paste the one given to sitrep serve --token-file.`
      : `Could not code: ${e.message}`;
  }
}

function setup() {
  for (const [r, name] of ROOTS) form.elements.root.append(h('option', { value: r }, `${r} ${name}`));
  for (const p of PLOVER) form.elements.plover.append(h('option', { value: p }, p));
  for (const [q, name] of Object.entries(QUADS)) form.elements.quad.append(h('option', { value: q }, `${q} ${name}`));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate(readForm()); });
  $('#reset').addEventListener('click', () => navigate(readUrlEmpty()));
  $('#more').addEventListener('click', more);
  $('#evidence-close').addEventListener('click', () => $('#evidence').close());
  $('#evidence').addEventListener('close', () => { if (opener && opener.isConnected) opener.focus(); });
  $('#code-form').addEventListener('submit', codeText);
  $('#code-form').elements.token.value = sessionStorage.getItem('sitrep-token') || '';
  let pending = 0;
  const suggest = async (e) => {
    const prefix = e.target.value.trim().toUpperCase();
    const mine = ++pending;
    if (prefix.length < 2) return;
    try {
      const list = await api.actors(prefix);
      if (mine !== pending) return;
      clear($('#actor-list')).append(...list.slice(0, 30).map((a) => h('option', { value: a.code }, `${a.events} events`)));
    } catch { /* suggestions are optional */ }
  };
  for (const name of ['actor', 'source', 'target']) form.elements[name].addEventListener('input', suggest);
  window.addEventListener('popstate', () => { const f = readUrl(); fillForm(f); load(f); });
  initMap($('#map'), openEvidence);
  const f = readUrl();
  fillForm(f);
  load(f);
}

const readUrlEmpty = () => Object.fromEntries(api.FILTER_KEYS.map((k) => [k, '']));

setup();
