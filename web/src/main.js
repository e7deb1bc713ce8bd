// The dashboard: one selection (an actor or a dyad, and a period) drives every panel.
import './style.css';
import { codeText, get } from './api.js';
import { eventRow, renderPager } from './events.js';
import { createMap, isoKey } from './worldmap.js';
import { createNetwork } from './network.js';
import { createTimeline } from './timeline.js';
import { esc, shortDate } from './text.js';
import { blocColor } from './colors.js';

const PAGE_SIZE = 15;
const $ = (id) => document.getElementById(id);

const state = { actor: null, dyad: null, from: null, to: null, offset: 0, mapMode: 'volume' };
const names = new Map(); // actor code -> name, learnt from the answers
const isoOf = new Map(); // actor code -> ISO numeric

// ---- busy flag: tests (and the cursor) wait for every request of an update to settle
let busy = 0;
function track(promise) {
  busy += 1;
  document.documentElement.dataset.busy = '1';
  return promise.finally(() => {
    busy -= 1;
    if (busy === 0) document.documentElement.dataset.busy = '0';
  });
}

function showError(panelId, err) {
  const panel = $(panelId);
  let box = panel.querySelector('.error');
  if (!box) {
    box = document.createElement('div');
    box.className = 'error';
    panel.appendChild(box);
  }
  box.textContent = err ? `Could not load: ${err.message}` : '';
  box.hidden = !err;
}

// ---- tooltip shared by the network and the map
const tipEl = $('tooltip');
const tooltip = {
  show(evt, html) {
    tipEl.innerHTML = html;
    tipEl.hidden = false;
    this.move(evt);
  },
  move(evt) {
    if (!evt) return;
    const x = Math.min(window.innerWidth - tipEl.offsetWidth - 8, evt.clientX + 14);
    tipEl.style.left = `${x}px`;
    tipEl.style.top = `${evt.clientY + 14}px`;
  },
  hide() {
    tipEl.hidden = true;
  },
};

// ---- the selection
function filters({ period = true, who = true } = {}) {
  const p = {};
  if (who && state.actor) p.actor = state.actor;
  if (who && state.dyad) p.dyad = state.dyad.join(',');
  if (period && state.from) p.from = state.from;
  if (period && state.to) p.to = state.to;
  return p;
}

function label(code) {
  const n = names.get(code);
  return n && n !== code ? `${code} · ${n}` : code;
}

function writeHash() {
  const p = new URLSearchParams(filters());
  const h = p.toString();
  history.replaceState(null, '', h ? `#${h}` : location.pathname + location.search);
}

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const ok = (v) => (v && /^[A-Za-z0-9_.-]{1,40}$/.test(v) ? v : null);
  const day = (v) => (v && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : null);
  state.actor = ok(p.get('actor'));
  const d = (p.get('dyad') || '').split(',').map(ok);
  state.dyad = !state.actor && d.length === 2 && d[0] && d[1] ? d : null;
  state.from = day(p.get('from'));
  state.to = day(p.get('to'));
}

function select(change) {
  Object.assign(state, change, { offset: 0 });
  if (change.actor) state.dyad = null;
  if (change.dyad) state.actor = null;
  writeHash();
  refresh();
}

function renderSelection() {
  const chips = [];
  if (state.actor) chips.push(['actor', `Actor: ${label(state.actor)}`]);
  if (state.dyad) chips.push(['dyad', `Dyad: ${label(state.dyad[0])} ↔ ${label(state.dyad[1])}`]);
  if (state.from || state.to) {
    chips.push(['period', `Period: ${state.from ? shortDate(state.from) : '…'} – ${state.to ? shortDate(state.to) : '…'}`]);
  }
  const box = $('selection-chips');
  box.innerHTML = chips.length
    ? chips.map(([key, text]) => `<span class="chip" data-key="${key}">${esc(text)}<button type="button" aria-label="Remove" data-remove="${key}">×</button></span>`).join('')
    : '<span class="muted">All events. Pick an actor, a link, a country or a period.</span>';
  box.querySelectorAll('button[data-remove]').forEach((b) => {
    b.addEventListener('click', () => {
      const key = b.dataset.remove;
      if (key === 'period') select({ from: null, to: null });
      else select({ [key]: null });
    });
  });
  $('clear-selection').disabled = chips.length === 0;
  const who = state.actor ? label(state.actor) : state.dyad ? `${state.dyad[0]} ↔ ${state.dyad[1]}` : 'all events';
  $('timeline-title').textContent = `· ${who}`;
  $('map-title').textContent = `· ${who}${state.from || state.to ? ', selected period' : ''}`;
}

// ---- panels
const timeline = createTimeline($('timeline'), {
  onPeriod: (from, to) => select({ from, to }),
});
const network = createNetwork($('network'), {
  onActor: (code) => select({ actor: code }),
  onDyad: (a, b) => select({ dyad: [a, b] }),
  tooltip,
});
const worldMap = createMap($('map'), $('map-legend'), {
  onCountry: (code) => select({ actor: code }),
  tooltip,
});

function learn(list) {
  for (const a of list || []) {
    const code = a.code || a.id;
    if (!code) continue;
    if (a.name) names.set(code, a.name);
    if (a.iso_numeric) isoOf.set(code, isoKey(a.iso_numeric));
  }
}

let generation = 0;

async function loadTimeline(gen) {
  try {
    const data = await get('series', { ...filters({ period: false }), period: 'week' });
    if (gen !== generation) return;
    const series = (data.series || [])[0];
    const rows = series ? series.rows : [];
    timeline.update(rows, state.from, state.to);
    showError('timeline-panel', null);
  } catch (err) {
    showError('timeline-panel', err);
  }
}

async function loadNetwork(gen) {
  try {
    const data = await get('network', { ...filters({ who: false }), max_nodes: 60 });
    if (gen !== generation) return;
    learn(data.nodes);
    network.update(data, state);
    renderNetworkLegend(data);
    showError('network-panel', null);
  } catch (err) {
    showError('network-panel', err);
  }
}

function renderNetworkLegend(data) {
  const blocs = (data.blocs || []).filter((b) => (b.members || []).length >= 2).slice(0, 4);
  const items = blocs.map((b) => {
    const members = b.members.slice(0, 6).join(', ') + (b.members.length > 6 ? ', …' : '');
    return `<span class="item"><span class="bloc-dot" style="background:${blocColor(b.id)}"></span>bloc ${esc(b.id + 1)}: ${esc(members)}</span>`;
  });
  $('network-legend').innerHTML =
    '<span class="item"><span class="line coop"></span>cooperation</span>' +
    '<span class="item"><span class="line conflict"></span>conflict</span>' +
    items.join('');
}

async function loadMap(gen) {
  try {
    const data = await get('network', { ...filters(), max_nodes: 250 });
    if (gen !== generation) return;
    learn(data.nodes);
    const codes = new Map();
    const volume = new Map();
    const goldstein = new Map();
    const codeIso = new Map();
    for (const n of data.nodes || []) {
      const iso = isoKey(n.iso_numeric);
      if (!iso) continue;
      codeIso.set(n.id, iso);
      codes.set(iso, n.id);
      volume.set(iso, (volume.get(iso) || 0) + (n.events || 0));
    }
    for (const e of data.edges || []) {
      for (const end of new Set([e.source, e.target])) {
        const iso = codeIso.get(end);
        if (iso) goldstein.set(iso, (goldstein.get(iso) || 0) + (e.goldstein_sum || 0));
      }
    }
    for (const iso of volume.keys()) if (!goldstein.has(iso)) goldstein.set(iso, 0);
    const chosen = new Set();
    for (const code of state.actor ? [state.actor] : state.dyad || []) {
      const iso = codeIso.get(code) || isoOf.get(code);
      if (iso) chosen.add(iso);
    }
    worldMap.update({ values: state.mapMode === 'volume' ? volume : goldstein, codes, mode: state.mapMode, chosen });
    showError('map-panel', null);
  } catch (err) {
    showError('map-panel', err);
  }
}

async function loadEvents(gen) {
  try {
    const data = await get('events', { ...filters(), limit: PAGE_SIZE, offset: state.offset });
    if (gen !== generation) return;
    const events = data.events || [];
    for (const e of events) {
      for (const a of [e.source, e.target]) if (a && a.root && a.country === a.root && a.name) names.set(a.root, names.get(a.root) || a.name);
    }
    const body = $('events').querySelector('tbody');
    body.innerHTML = events.length
      ? events.map((e) => eventRow(e)).join('')
      : '<tr class="empty"><td colspan="8">No events for this selection.</td></tr>';
    $('events-total').textContent = `· ${data.total ?? events.length} for the selection`;
    const total = data.total ?? events.length;
    $('summary').textContent = `${total} event${total === 1 ? '' : 's'} selected`;
    renderPager($('pager'), { total: data.total || 0, offset: data.offset || 0, limit: data.limit || PAGE_SIZE }, (offset) => {
      state.offset = offset;
      track(loadEvents(generation));
    });
    showError('events-panel', null);
  } catch (err) {
    showError('events-panel', err);
  }
}

async function loadAlerts(gen) {
  try {
    const data = await get('alerts', { ...filters({ period: false }) });
    if (gen !== generation) return;
    const alerts = (data.alerts || []).slice(0, 4);
    const box = $('alerts');
    box.hidden = alerts.length === 0;
    box.innerHTML = alerts.length
      ? `<span class="label">Rising conflict${data.latest ? ` · week of ${esc(shortDate(data.latest))}` : ''}</span>` +
        alerts.map((a) => `<button type="button" class="alert" data-dyad="${esc(a.dyad)}" title="score ${esc(Number(a.score).toFixed(1))}">` +
          `<b>${esc(String(a.dyad).replace(',', ' ↔ '))}</b> ${esc(a.latest)} conflict events, usually ${esc(Number(a.baseline_mean).toFixed(1))}</button>`).join('')
      : '';
    box.querySelectorAll('button[data-dyad]').forEach((b) => {
      b.addEventListener('click', () => {
        const d = b.dataset.dyad.split(/[,:]/);
        if (d.length === 2) select({ dyad: d });
      });
    });
  } catch {
    $('alerts').hidden = true;
  }
}

function refresh() {
  generation += 1;
  const gen = generation;
  renderSelection();
  return track(Promise.all([loadTimeline(gen), loadNetwork(gen), loadMap(gen), loadEvents(gen), loadAlerts(gen)]));
}

// ---- actor search with suggestions from /api/actors
function setupSearch() {
  const input = $('actor-search');
  const list = $('actor-suggestions');
  let items = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  function render() {
    list.innerHTML = items.map((a, i) =>
      `<li role="option" data-code="${esc(a.code)}" class="${i === active ? 'active' : ''}">` +
      `<span class="code">${esc(a.code)}</span><span class="name">${esc(a.name || '')}</span>` +
      `<span class="count">${esc(a.events ?? '')}</span></li>`).join('');
    list.hidden = items.length === 0;
  }
  let answered = null; // the text the suggestions shown are for
  async function suggest() {
    const n = ++asked;
    const q = input.value.trim();
    try {
      const data = await track(get('actors', { q, limit: 8 }));
      if (n !== asked) return;
      answered = q;
      items = data.actors || [];
      learn(items);
      active = items.length ? 0 : -1;
      render();
    } catch {
      items = [];
      render();
    }
  }
  function choose(code) {
    input.value = '';
    items = [];
    render();
    select({ actor: code });
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  input.addEventListener('focus', suggest);
  input.addEventListener('keydown', (evt) => {
    if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
      if (!items.length) return;
      active = (active + (evt.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
      evt.preventDefault();
    } else if (evt.key === 'Enter') {
      evt.preventDefault();
      clearTimeout(timer);
      const pick = () => {
        if (active >= 0 && items[active]) choose(items[active].code);
      };
      if (answered === input.value.trim()) pick();
      else suggest().then(pick);
    } else if (evt.key === 'Escape') {
      items = [];
      render();
    }
  });
  list.addEventListener('mousedown', (evt) => {
    const li = evt.target.closest('li[data-code]');
    if (li) {
      evt.preventDefault();
      choose(li.dataset.code);
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 150));
}

// ---- the try-it box
function setupTryIt() {
  const form = $('tryit-form');
  const text = $('tryit-text');
  const status = $('tryit-status');
  const table = $('tryit-events');
  const button = $('tryit-run');
  form.addEventListener('submit', (evt) => {
    evt.preventDefault();
    const value = text.value.trim();
    if (!value) {
      status.textContent = 'Type or paste some text first.';
      return;
    }
    button.disabled = true;
    status.textContent = 'Coding…';
    track(codeText(value)
      .then((data) => {
        const events = data.events || [];
        const errors = data.errors || [];
        table.hidden = events.length === 0;
        table.querySelector('tbody').innerHTML = events.map((e) => eventRow(e, { clickable: false, link: false })).join('');
        const errText = errors.length ? ` ${errors.length} error(s): ${errors.map((x) => (typeof x === 'string' ? x : x.message || JSON.stringify(x))).join('; ')}` : '';
        status.textContent = `${events.length} event${events.length === 1 ? '' : 's'} coded.${errText}`;
      })
      .catch((err) => {
        table.hidden = true;
        status.textContent = `Could not code the text: ${err.message}`;
      })
      .finally(() => {
        button.disabled = false;
      }));
  });
  text.addEventListener('keydown', (evt) => {
    if (evt.key === 'Enter' && (evt.ctrlKey || evt.metaKey)) form.requestSubmit();
  });
}

// ---- wiring
$('clear-selection').addEventListener('click', () => select({ actor: null, dyad: null, from: null, to: null }));
$('events').addEventListener('click', (evt) => {
  const b = evt.target.closest('button[data-actor]');
  if (b && b.dataset.actor) select({ actor: b.dataset.actor });
});
document.querySelectorAll('#map-panel .toggle button').forEach((b) => {
  b.addEventListener('click', () => {
    state.mapMode = b.dataset.mode;
    document.querySelectorAll('#map-panel .toggle button').forEach((x) => x.classList.toggle('on', x === b));
    track(loadMap(generation));
  });
});
window.addEventListener('scroll', () => tooltip.hide(), { passive: true });
let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    timeline.resize();
    network.resize();
  }, 100);
});

setupSearch();
setupTryIt();
readHash();
refresh();

// A read-only handle for the browser tests and for poking at the page from the console.
window.dyadDashboard = { state, network: network.cy, timeline: timeline.chart };
