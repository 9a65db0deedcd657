// Counts by quad class over time: stacked SVG bars, one per day when the
// events span at most four months, else one per month (or per year past ten
// years), so a few old events do not squeeze the recent days into slivers.
import { QUADS } from './cameo.js';

const NS = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}) => {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};

const dayMs = 86400000;
const utc = (s) => Date.UTC(+s.slice(0, 4), +(s.slice(5, 7) || 1) - 1, +(s.slice(8, 10) || 1));
const iso = (t) => new Date(t).toISOString().slice(0, 10);

// The buckets from first to last: [{key, from, to}] with ISO dates.
function buckets(first, last, unit) {
  const out = [];
  if (unit === 'day') {
    for (let t = utc(first); t <= utc(last); t += dayMs) out.push({ key: iso(t), from: iso(t), to: iso(t) });
    return out;
  }
  const step = unit === 'month' ? 1 : 12;
  const d = new Date(utc(first.slice(0, unit === 'month' ? 7 : 4)));
  while (iso(d.getTime()) <= last) {
    const from = iso(d.getTime());
    d.setUTCMonth(d.getUTCMonth() + step);
    out.push({ key: from.slice(0, unit === 'month' ? 7 : 4), from, to: iso(d.getTime() - dayMs) });
  }
  return out;
}

// rows: [{day, quad, events}]; onPick(from, to) narrows the filter to a bar's dates.
// Returns the unit drawn ('day', 'month' or 'year').
export function drawTimeline(el, rows, onPick) {
  el.replaceChildren();
  const dated = rows.filter((r) => r.day && /^\d{4}-\d\d-\d\d/.test(r.day));
  if (!dated.length) {
    el.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No dated events.' }));
    return 'day';
  }
  const days = dated.map((r) => r.day).sort();
  const [first, last] = [days[0], days[days.length - 1]];
  const spanDays = (utc(last) - utc(first)) / dayMs;
  const unit = spanDays <= 122 ? 'day' : spanDays <= 3660 ? 'month' : 'year';
  const keyOf = (day) => (unit === 'day' ? day : unit === 'month' ? day.slice(0, 7) : day.slice(0, 4));
  const counts = new Map();
  for (const r of dated) {
    const d = counts.get(keyOf(r.day)) || [0, 0, 0, 0, 0];
    d[+r.quad || 0] += r.events;
    counts.set(keyOf(r.day), d);
  }
  const bars = buckets(first, last, unit);
  const n = bars.length;
  const max = Math.max(...[...counts.values()].map((d) => d.reduce((a, b) => a + b, 0)));
  const W = 600, H = 150, L = 30, B = 18, T = 6;
  const bw = Math.min((W - L) / n, 40);  // a few bars stay bars, not slabs
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Events per ${unit} from ${first} to ${last}, at most ${max} a ${unit}` });
  const y = (v) => H - B - (v / max) * (H - B - T);
  root.append(svg('line', { x1: L, x2: W, y1: H - B, y2: H - B, class: 'axis' }));
  for (const v of [0, max]) {
    const t = svg('text', { x: L - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' });
    t.textContent = v;
    root.append(t);
  }
  for (const [x, label, anchor] of [[L, bars[0].key, 'start'], [W, bars[n - 1].key, 'end']]) {
    const t = svg('text', { x, y: H - 4, 'text-anchor': anchor, class: 'tick' });
    t.textContent = label;
    root.append(t);
  }
  bars.forEach((bar, i) => {
    const d = counts.get(bar.key);
    if (!d) return;
    const total = d.reduce((a, b) => a + b, 0);
    const g = svg('g', { class: 'bar', tabindex: '0', role: 'button', 'data-key': bar.key, 'aria-label': `${bar.key}: ${total} events; show only these dates` });
    let acc = 0;
    for (const q of [1, 2, 3, 4, 0]) {
      if (!d[q]) continue;
      g.append(svg('rect', { x: L + i * bw + bw * 0.1, width: Math.max(bw * 0.8, 1.5), y: y(acc + d[q]), height: y(acc) - y(acc + d[q]), class: `q${q}` }));
      acc += d[q];
    }
    const title = svg('title');
    title.textContent = `${bar.key}: ` + [1, 2, 3, 4].filter((q) => d[q]).map((q) => `${d[q]} ${QUADS[q].toLowerCase()}`).join(', ');
    g.append(title);
    g.addEventListener('click', () => onPick(bar.from, bar.to));
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(bar.from, bar.to); } });
    root.append(g);
  });
  el.append(root);
  const key = document.createElement('p');
  key.className = 'quad-key';
  for (const q of [1, 2, 3, 4]) {
    const s = document.createElement('span');
    s.className = `swatch q${q}`;
    key.append(s, ` ${QUADS[q]} `);
  }
  el.append(key);
  return unit;
}
