// The map: Leaflet with the world's countries from world-atlas (no tile
// server: nothing is fetched), and a circle per placed event sized by mentions.
import L from 'leaflet';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

let map = null;

// Rings that cross the antimeridian jump from +180 to -180; Leaflet would draw
// that jump as a line across the world, so each ring is made continuous.
function unwrap(fc) {
  const ring = (r) => {
    let shift = 0;
    return r.map(([lon, lat], i) => {
      if (i > 0) {
        const prev = r[i - 1][0];
        if (lon - prev > 180) shift -= 360;
        else if (prev - lon > 180) shift += 360;
      }
      return [lon + shift, lat];
    });
  };
  fc.features = fc.features.filter((f) => f.properties?.name !== 'Antarctica');
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(ring);
    else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((p) => p.map(ring));
  }
  return fc;
}
let dots = null;

export function initMap(el, onOpen) {
  map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth via world-atlas');
  L.geoJSON(unwrap(feature(world, world.objects.countries)), {
    style: { color: '#8a8f98', weight: 0.6, fillColor: '#eceae4', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  map.setView([25, 20], 1.5);
  dots = L.layerGroup().addTo(map);
  map._sitrepOpen = onOpen;
  return map;
}

const QUAD_COLOURS = { 1: '#2b8cbe', 2: '#31a354', 3: '#e6842a', 4: '#c4312f' };

// events: sitrep.event/1 records with their store id.
export function drawDots(events) {
  dots.clearLayers();
  const placed = events.filter((e) => e.place && Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon));
  for (const e of placed) {
    const n = e.mention_count || (e.mentions ? e.mentions.length : 1) || 1;
    const c = L.circleMarker([e.place.lat, e.place.lon], {
      radius: 4 + 3 * Math.sqrt(n), color: '#222', weight: 1,
      fillColor: QUAD_COLOURS[e.quad] || '#777', fillOpacity: 0.7,
    });
    c.bindTooltip(`${e.date || ''} ${e.source?.code || '?'} ${e.event?.cameo || ''} ${e.target?.code || '?'} · ${e.place.name || e.place.text} · ${n} mention${n === 1 ? '' : 's'}`);
    c.on('click', () => map._sitrepOpen(e.id));
    dots.addLayer(c);
    // Out of the tab order: the event list below holds the same events for the keyboard.
    c.getElement()?.setAttribute('tabindex', '-1');
  }
  if (placed.length) {
    const b = L.latLngBounds(placed.map((e) => [e.place.lat, e.place.lon]));
    map.fitBounds(b.pad(0.5), { maxZoom: 5 });
  }
  return placed.length;
}

export function resizeMap() {
  if (map) map.invalidateSize();
}
