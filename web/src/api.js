// The page's only contact with the server: same-origin JSON (docs/API.md).
export const FILTER_KEYS = ['from', 'to', 'actor', 'source', 'target', 'country', 'root', 'plover', 'quad', 'text'];

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function request(path, options = {}) {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, ...options });
  const body = await res.text();
  let json = null;
  try { json = body ? JSON.parse(body) : null; } catch { /* not JSON */ }
  if (!res.ok) {
    const err = (json && (json.error || json)) || {};
    throw new ApiError(res.status, err.code || String(res.status), err.message || body || res.statusText);
  }
  return json;
}

export function query(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) p.set(k, filters[k]);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  return p.toString();
}

// {events: [...], next: cursor|null}
export async function events(filters, cursor, limit = 100) {
  const j = await request(`api/events?${query(filters, { limit, cursor })}`);
  return { events: j.events || [], next: j.next || null };
}

// Placed events as GeoJSON Point features (format=geojson streams; at most `limit`).
export async function places(filters, limit = 5000) {
  return (await request(`api/events?${query(filters, { format: 'geojson', limit })}`)).features || [];
}

export async function count(filters) {
  return (await request(`api/events?${query(filters, { count: 'true' })}`)).count;
}

// {event, mentions: [...]}
export const event = (id) => request(`api/events/${encodeURIComponent(id)}`);

// [{<by keys>..., events, mentions}] from the rollups; 400 for filters they do not hold.
export async function stats(filters, by) {
  return (await request(`api/stats?${query(filters, { by })}`)).rows || [];
}

export async function actors(prefix) {
  return (await request(`api/actors?${new URLSearchParams({ prefix, limit: 30 })}`)).actors || [];
}

// Codes posted text (nothing is stored): [{event, mention}]. The token is sent when given.
export async function code(text, token, date) {
  const headers = { 'Content-Type': 'text/plain; charset=utf-8', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const q = date ? `?${new URLSearchParams({ date })}` : '';
  return (await request(`api/code${q}`, { method: 'POST', body: text, headers })).events || [];
}
