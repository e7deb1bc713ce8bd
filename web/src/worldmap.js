// The world map: Natural Earth's 110m countries (world-atlas, bundled) drawn with d3-geo as
// SVG, shaded by event volume or by net Goldstein score for the current selection.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { GOLDSTEIN_STOPS, VOLUME_STOPS, ramp } from './colors.js';
import { esc } from './text.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const HEIGHT = 390;
const NO_DATA = '#e9ecef';

export function isoKey(value) {
  if (value === null || value === undefined || value === '') return null;
  return String(value).padStart(3, '0');
}

export function createMap(el, legendEl, { onCountry, tooltip }) {
  const countries = feature(world, world.objects.countries).features.filter((f) => f.id !== '010');
  const projection = geoNaturalEarth1().fitExtent([[6, 6], [WIDTH - 6, HEIGHT - 6]], { type: 'FeatureCollection', features: countries });
  const path = geoPath(projection);

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'World map of events');
  const sphere = document.createElementNS(SVG_NS, 'path');
  sphere.setAttribute('d', path({ type: 'Sphere' }));
  sphere.setAttribute('class', 'sphere');
  svg.appendChild(sphere);
  const paths = new Map();
  for (const f of countries) {
    const p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', path(f) || '');
    p.setAttribute('class', 'country');
    p.dataset.iso = f.id || '';
    p.dataset.name = (f.properties && f.properties.name) || '';
    svg.appendChild(p);
    if (f.id) paths.set(f.id, p);
  }
  el.appendChild(svg);

  let current = { values: new Map(), mode: 'volume', codes: new Map() };

  function describe(p) {
    const v = current.values.get(p.dataset.iso);
    const label = current.mode === 'volume' ? 'events' : 'net Goldstein';
    const value = v === undefined ? 'no events' : `${label}: ${current.mode === 'volume' ? v : v.toFixed(1)}`;
    return `<b>${esc(p.dataset.name)}</b><br>${esc(value)}`;
  }
  svg.addEventListener('mousemove', (evt) => {
    const p = evt.target.closest && evt.target.closest('path.country');
    if (!p) {
      tooltip.hide();
      return;
    }
    tooltip.show(evt, describe(p));
  });
  svg.addEventListener('mouseleave', () => tooltip.hide());
  svg.addEventListener('click', (evt) => {
    const p = evt.target.closest && evt.target.closest('path.country');
    if (!p) return;
    const code = current.codes.get(p.dataset.iso);
    if (code) onCountry(code);
  });

  // values: Map of ISO numeric -> number; codes: ISO numeric -> actor code; chosen: ISO set.
  function update({ values, codes, mode, chosen }) {
    current = { values, mode, codes };
    const nums = [...values.values()];
    const max = Math.max(1e-9, ...nums.map((v) => Math.abs(v)));
    let shaded = 0;
    for (const [iso, p] of paths) {
      const v = values.get(iso);
      let fill = NO_DATA;
      if (v !== undefined) {
        fill = mode === 'volume' ? ramp(VOLUME_STOPS, 0.12 + 0.88 * Math.sqrt(v / max)) : ramp(GOLDSTEIN_STOPS, 0.5 + v / max / 2);
        p.dataset.value = String(v);
        shaded += 1;
      } else {
        delete p.dataset.value;
      }
      p.style.fill = fill;
      p.classList.toggle('chosen', chosen.has(iso));
      p.classList.toggle('clickable', codes.has(iso));
    }
    for (const iso of chosen) {
      const p = paths.get(iso);
      if (p) svg.appendChild(p);
    }
    el.dataset.shaded = String(shaded);
    if (shaded === 0) {
      legendEl.innerHTML = '<span>No country has events in this selection.</span>';
    } else if (mode === 'volume') {
      const stops = VOLUME_STOPS.join(', ');
      legendEl.innerHTML = `<span>1</span><span class="bar" style="background: linear-gradient(90deg, ${stops})"></span>` +
        `<span>${esc(Math.round(max))} events</span><span class="sep"></span><span class="swatch" style="background:${NO_DATA}"></span><span>none</span>`;
    } else {
      const stops = GOLDSTEIN_STOPS.join(', ');
      legendEl.innerHTML = `<span>${esc((-max).toFixed(0))} conflict</span><span class="bar" style="background: linear-gradient(90deg, ${stops})"></span>` +
        `<span>+${esc(max.toFixed(0))} cooperation</span><span class="sep"></span><span class="swatch" style="background:${NO_DATA}"></span><span>none</span>`;
    }
  }

  return { update };
}
