// The actor network (cytoscape): one node per actor root, coloured by the bloc the server
// found on the signed network; links coloured from blue (cooperation) to red (conflict)
// and as wide as their volume. Each bloc is drawn as a ring of its members.
import cytoscape from 'cytoscape';
import { blocColor, edgeColor } from './colors.js';
import { esc } from './text.js';

function nodeSize(events, max) {
  return 36 + 30 * Math.sqrt(events / Math.max(1, max));
}

function edgeWidth(events, max) {
  return 1.5 + 9 * Math.sqrt(events / Math.max(1, max));
}

// Positions: each bloc is a ring of its members (the busiest in the middle when the bloc is
// large) and the blocs sit around the centre, the two largest facing each other left and
// right, so that links inside a bloc stay short and links between blocs cross the middle.
// It depends only on the data, so the same data always gives the same picture.
const SLOTS = [Math.PI, 0, -Math.PI / 2, Math.PI / 2, -3 * Math.PI / 4, -Math.PI / 4, 3 * Math.PI / 4, Math.PI / 4];

function blocPositions(nodes, sizeOf) {
  const groups = new Map();
  for (const n of nodes) {
    const key = n.bloc ?? -1;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(n);
  }
  const keys = [...groups.keys()].sort((a, b) => (a < 0) - (b < 0) || groups.get(b).length - groups.get(a).length || a - b);
  const layout = keys.map((key) => {
    const members = groups.get(key).slice().sort((a, b) => (b.events || 0) - (a.events || 0) || (a.id < b.id ? -1 : 1));
    const centre = members.length >= 5 ? members[0] : null;
    const ring = centre ? members.slice(1) : members;
    const widest = Math.max(...members.map((n) => sizeOf(n)));
    const radius = ring.length <= 1 && !centre ? 0 : Math.max(widest + 20, (ring.length * (widest + 18)) / (2 * Math.PI));
    return { centre, ring, radius };
  });
  const biggest = Math.max(40, ...layout.map((g) => g.radius));
  const spread = biggest * 1.2 + 100;
  const pos = new Map();
  layout.forEach((g, i) => {
    let angle = 0;
    let distance = spread;
    if (layout.length === 1) distance = 0;
    if (i < SLOTS.length) angle = SLOTS[i];
    else {
      angle = (2 * Math.PI * (i - SLOTS.length)) / (layout.length - SLOTS.length) + Math.PI / 8;
      distance = spread * 1.8;
    }
    const cx = distance * 1.5 * Math.cos(angle);
    const cy = distance * 0.8 * Math.sin(angle);
    if (g.centre) pos.set(g.centre.id, { x: cx, y: cy });
    // A pair above or below the centre lies flat; other rings start at the top.
    const start = g.ring.length === 2 && Math.abs(Math.sin(angle)) > 0.7 ? 0 : -Math.PI / 2;
    g.ring.forEach((n, j) => {
      const a = start + (2 * Math.PI * j) / g.ring.length;
      pos.set(n.id, { x: cx + g.radius * Math.cos(a), y: cy + g.radius * Math.sin(a) });
    });
  });
  return pos;
}

export function createNetwork(el, { onActor, onDyad, tooltip }) {
  const cy = cytoscape({
    container: el,
    minZoom: 0.3,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autoungrabify: false,
    style: [
      { selector: 'node[size]', style: {
        'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(id)',
        'font-size': 14, 'font-weight': 700, color: '#ffffff', 'text-valign': 'center', 'text-halign': 'center',
        'border-width': 2, 'border-color': '#ffffff', 'overlay-opacity': 0 } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.8,
        'overlay-opacity': 0 } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node.chosen', style: { 'border-color': '#111827', 'border-width': 3.5 } },
      { selector: 'edge.chosen', style: { opacity: 1, 'z-index': 10, 'underlay-color': '#111827',
        'underlay-opacity': 0.15, 'underlay-padding': 4 } },
    ],
  });

  cy.on('tap', 'node', (evt) => onActor(evt.target.id()));
  cy.on('tap', 'edge', (evt) => onDyad(evt.target.data('a'), evt.target.data('b')));
  cy.on('mouseover', 'node', (evt) => {
    const d = evt.target.data();
    el.style.cursor = 'pointer';
    tooltip.show(evt.originalEvent, `<b>${esc(d.name)}</b> (${esc(d.id)})<br>${esc(d.events)} events` +
      (d.bloc >= 0 ? `<br>bloc ${esc(d.bloc + 1)}` : ''));
  });
  cy.on('mouseover', 'edge', (evt) => {
    const d = evt.target.data();
    el.style.cursor = 'pointer';
    tooltip.show(evt.originalEvent, `<b>${esc(d.a)} – ${esc(d.b)}</b><br>${esc(d.events)} events: ` +
      `${esc(d.cooperation)} cooperation, ${esc(d.conflict)} conflict<br>Goldstein sum ${esc(Number(d.goldstein).toFixed(1))}`);
  });
  cy.on('mousemove', 'node, edge', (evt) => tooltip.move(evt.originalEvent));
  cy.on('mouseout', 'node, edge', () => {
    el.style.cursor = '';
    tooltip.hide();
  });

  let dataKey = null;

  function setData(data) {
    const nodes = data.nodes || [];
    const edges = (data.edges || []).filter((e) => e.source !== e.target);
    const key = JSON.stringify([nodes.map((n) => [n.id, n.events, n.bloc]), edges.map((e) => [e.source, e.target, e.events])]);
    if (key === dataKey) return false;
    dataKey = key;
    const maxEvents = Math.max(1, ...nodes.map((n) => n.events || 0));
    const maxEdge = Math.max(1, ...edges.map((e) => e.events || 0));
    const seeds = blocPositions(nodes, (n) => nodeSize(n.events || 0, maxEvents));
    const elements = [];
    for (const n of nodes) {
      const bloc = n.bloc ?? -1;
      elements.push({
        group: 'nodes',
        data: {
          id: n.id, name: n.name || n.id, events: n.events || 0, bloc,
          color: blocColor(bloc), size: nodeSize(n.events || 0, maxEvents),
        },
        position: { ...seeds.get(n.id) },
      });
    }
    const ids = new Set(nodes.map((n) => n.id));
    const seen = new Set();
    for (const e of edges) {
      if (!ids.has(e.source) || !ids.has(e.target)) continue;
      const pair = [e.source, e.target].sort().join('|');
      if (seen.has(pair)) continue;
      seen.add(pair);
      elements.push({
        group: 'edges',
        data: {
          id: `${e.source}|${e.target}`, source: e.source, target: e.target, a: e.source, b: e.target,
          events: e.events, cooperation: e.cooperation, conflict: e.conflict, weight: e.weight,
          goldstein: e.goldstein_sum ?? 0, color: edgeColor(e.cooperation || 0, e.conflict || 0),
          width: edgeWidth(e.events || 0, maxEdge),
        },
      });
    }
    cy.elements().remove();
    cy.add(elements);
    cy.layout({ name: 'preset', fit: true, padding: 28, animate: false }).run();
    el.classList.toggle('empty', nodes.length === 0);
    el.dataset.nodes = String(nodes.length);
    el.dataset.edges = String(cy.edges().length);
    return true;
  }

  function highlight(selection) {
    cy.elements().removeClass('faded chosen');
    let focus = null;
    if (selection.actor) {
      const n = cy.getElementById(selection.actor);
      if (n.nonempty()) {
        n.addClass('chosen');
        focus = n.closedNeighborhood();
      }
    } else if (selection.dyad) {
      const [a, b] = selection.dyad;
      const e = cy.edges().filter((x) => (x.data('a') === a && x.data('b') === b) || (x.data('a') === b && x.data('b') === a));
      if (e.nonempty()) {
        e.addClass('chosen');
        focus = e.union(e.connectedNodes());
      }
    }
    if (focus) {
      cy.elements().difference(focus).addClass('faded');
    }
  }

  function update(data, selection) {
    setData(data);
    highlight(selection);
  }

  return { update, resize: () => { cy.resize(); cy.fit(undefined, 24); }, cy };
}
