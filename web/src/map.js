import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json';
import iso from 'i18n-iso-countries';
import { svg, title, mix, fmt } from './dom.js';

// Natural Earth boundaries ship with the page (no map tiles can be fetched); their ids are ISO 3166
// numeric codes, the store's are alpha-3, so each shape is keyed by its alpha-3 code once.
const shapes = feature(countries, countries.objects.countries).features
  .map((f) => ({ ...f, code: iso.numericToAlpha3(f.id) || null, name: f.properties.name }));

export const countryNames = new Map(shapes.filter((s) => s.code).map((s) => [s.code, s.name]));

export function renderMap(container, rows, selected, onPickCountry) {
  container.replaceChildren();
  const width = Math.max(320, container.clientWidth || 500);
  const height = Math.round(width * 0.52);
  const counts = new Map(rows.map((r) => [r.country, r.events]));
  const max = Math.max(1, ...rows.map((r) => r.events));
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'World map of event counts' });
  root.append(svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }));
  for (const s of shapes) {
    const n = (s.code && counts.get(s.code)) || 0;
    // Log scale: a few countries dominate a news corpus; linear shading would leave the rest blank.
    const fill = n ? mix('#fde0c5', '#8c2d04', Math.log1p(n) / Math.log1p(max)) : '#eeeeee';
    const shape = svg('path', { d: path(s), fill, class: s.code === selected ? 'country selected' : 'country', 'data-code': s.code || '' });
    shape.append(title(`${s.name}${s.code ? ` (${s.code})` : ''}: ${fmt.format(n)} events`));
    if (s.code) shape.addEventListener('click', () => onPickCountry(s.code));
    root.append(shape);
  }
  container.append(root);
  const unmapped = rows.filter((r) => !countryNames.has(r.country)).reduce((sum, r) => sum + r.events, 0);
  if (unmapped) {
    container.append(Object.assign(document.createElement('p'), { className: 'muted small', textContent: `${fmt.format(unmapped)} events in places too small for this map` }));
  }
}
