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

// features: GeoJSON points of /api/events?format=geojson (properties id, date,
// source, target, cameo, quad, place, mention_count).
export function drawDots(features) {
  dots.clearLayers();
  const points = [];
  for (const f of features) {
    const [lon, lat] = f.geometry?.coordinates || [];
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const p = f.properties || {};
    const n = p.mention_count || 1;
    const c = L.circleMarker([lat, lon], {
      radius: 4 + 3 * Math.sqrt(n), color: '#222', weight: 1,
      fillColor: QUAD_COLOURS[p.quad] || '#777', fillOpacity: 0.7,
    });
    c.bindTooltip(`${p.date || ''} ${p.source || '?'} ${p.cameo || ''} ${p.target || '?'} · ${p.place || ''} · ${n} mention${n === 1 ? '' : 's'}`);
    c.on('click', () => map._sitrepOpen(p.id));
    dots.addLayer(c);
    // Out of the tab order: the event list below holds the same events for the keyboard.
    c.getElement()?.setAttribute('tabindex', '-1');
    points.push([lat, lon]);
  }
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 5 });
  return points.length;
}

export function resizeMap() {
  if (map) map.invalidateSize();
}
