// Colours shared by the panels.
export const QUAD_COLORS = ['#8ec5e8', '#2f7fc1', '#f2a65a', '#d1362f'];
export const COOP_COLOR = '#2f7fc1';
export const CONFLICT_COLOR = '#d1362f';
export const NEUTRAL_EDGE = '#9aa3ad';
// Blocs are numbered by size; these hues stay clear of the blue and red of the links.
export const BLOC_COLORS = ['#7b4fb3', '#e08a1e', '#1f9d8a', '#b5527d', '#5c6bc0', '#8d6e4f', '#6f8f2e', '#c2185b'];
export const NO_BLOC = '#8a939e';

export function blocColor(bloc) {
  if (bloc === null || bloc === undefined || bloc < 0) return NO_BLOC;
  return BLOC_COLORS[bloc % BLOC_COLORS.length];
}

function parse(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function mix(a, b, t) {
  const x = parse(a);
  const y = parse(b);
  const k = Math.max(0, Math.min(1, t));
  const c = x.map((v, i) => Math.round(v + (y[i] - v) * k));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

// Along a list of stops, t in [0, 1].
export function ramp(stops, t) {
  const k = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(k));
  return mix(stops[i], stops[i + 1], k - i);
}

export const VOLUME_STOPS = ['#dbe7f3', '#9ac2e0', '#4f8fc4', '#1f5c99', '#0b2f5e'];
export const GOLDSTEIN_STOPS = ['#b2182b', '#e58267', '#f5f1ec', '#6aa5cf', '#1f5c99'];

// Cooperation minus conflict, over the events of the link, as a colour.
export function edgeColor(cooperation, conflict) {
  const total = cooperation + conflict;
  if (!total) return NEUTRAL_EDGE;
  const balance = (cooperation - conflict) / total;
  return balance >= 0 ? mix(NEUTRAL_EDGE, COOP_COLOR, balance) : mix(NEUTRAL_EDGE, CONFLICT_COLOR, -balance);
}
