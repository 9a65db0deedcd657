// Counts per day by quad class: stacked SVG bars, one per day from the first
// to the last day with events (days without events stay empty).
import { QUADS } from './cameo.js';

const NS = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}) => {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};

const dayMs = 86400000;
const toDay = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const iso = (t) => new Date(t).toISOString().slice(0, 10);

// rows: [{day, quad, events}]; onPick(day) narrows the filter to that day.
export function drawTimeline(el, rows, onPick) {
  el.replaceChildren();
  const byDay = new Map();
  for (const r of rows) {
    if (!r.day || !/^\d{4}-\d\d-\d\d/.test(r.day)) continue;
    const d = byDay.get(r.day) || [0, 0, 0, 0, 0];
    d[+r.quad || 0] += r.events;
    byDay.set(r.day, d);
  }
  if (!byDay.size) {
    el.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No dated events.' }));
    return;
  }
  const days = [...byDay.keys()].sort();
  const first = toDay(days[0]);
  const last = toDay(days[days.length - 1]);
  const n = Math.min(Math.round((last - first) / dayMs) + 1, 3660);
  const max = Math.max(...[...byDay.values()].map((d) => d.reduce((a, b) => a + b, 0)));
  const W = 600, H = 150, L = 30, B = 18, T = 6;
  const bw = (W - L) / n;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Events per day from ${days[0]} to ${days[days.length - 1]}, at most ${max} a day` });
  const y = (v) => H - B - (v / max) * (H - B - T);
  root.append(svg('line', { x1: L, x2: W, y1: H - B, y2: H - B, class: 'axis' }));
  for (const v of [0, max]) {
    const t = svg('text', { x: L - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' });
    t.textContent = v;
    root.append(t);
  }
  for (const [i, label] of [[0, days[0]], [n - 1, days[days.length - 1]]]) {
    const t = svg('text', { x: L + i * bw + (i ? bw : 0), y: H - 4, 'text-anchor': i ? 'end' : 'start', class: 'tick' });
    t.textContent = label;
    root.append(t);
  }
  for (let i = 0; i < n; i++) {
    const day = iso(first + i * dayMs);
    const d = byDay.get(day);
    if (!d) continue;
    const g = svg('g', { class: 'bar', tabindex: '0', role: 'button', 'aria-label': `${day}: ${d.reduce((a, b) => a + b, 0)} events; show this day` });
    let acc = 0;
    for (const q of [1, 2, 3, 4, 0]) {
      if (!d[q]) continue;
      g.append(svg('rect', { x: L + i * bw + bw * 0.1, width: Math.max(bw * 0.8, 1), y: y(acc + d[q]), height: y(acc) - y(acc + d[q]), class: `q${q}` }));
      acc += d[q];
    }
    const title = svg('title');
    title.textContent = `${day}: ` + [1, 2, 3, 4].filter((q) => d[q]).map((q) => `${d[q]} ${QUADS[q].toLowerCase()}`).join(', ');
    g.append(title);
    g.addEventListener('click', () => onPick(day));
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(day); } });
    root.append(g);
  }
  el.append(root);
  const key = document.createElement('p');
  key.className = 'quad-key';
  for (const q of [1, 2, 3, 4]) {
    const s = document.createElement('span');
    s.className = `swatch q${q}`;
    key.append(s, ` ${QUADS[q]} `);
  }
  el.append(key);
}
