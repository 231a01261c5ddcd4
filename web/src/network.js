import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide } from 'd3-force';
import { svg, title, goldsteinColor, fmt } from './dom.js';

// The layout is computed to rest before drawing (a fixed number of ticks), so the picture is
// stable, appears at once, and costs nothing after.
export function renderNetwork(container, graph, onPickActor) {
  container.replaceChildren();
  if (!graph.nodes.length) {
    container.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'No actors match.' }));
    return;
  }
  const width = Math.max(320, container.clientWidth || 500);
  const height = Math.round(Math.max(360, Math.min(640, width * 1.15)));
  const maxTotal = Math.max(...graph.nodes.map((n) => n.total));
  const maxEvents = Math.max(1, ...graph.edges.map((e) => e.events));
  const radius = (n) => 4 + 14 * Math.sqrt(n.total / maxTotal);

  const nodes = graph.nodes.map((n) => ({ ...n }));
  const links = graph.edges.filter((e) => e.source !== e.target).map((e) => ({ ...e }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).id((n) => n.code).distance(80).strength(0.2))
    .force('charge', forceManyBody().strength(-260))
    .force('center', forceCenter(width / 2, height / 2))
    .force('collide', forceCollide().radius((n) => radius(n) + 3))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  // Scale the resting layout to fill the panel, whatever spread the forces gave it.
  const pad = 28;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0));
  for (const n of nodes) {
    n.x = width / 2 + (n.x - (x0 + x1) / 2) * scale;
    n.y = height / 2 + (n.y - (y0 + y1) / 2) * scale;
  }

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Actor network' });
  root.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' },
    svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }))));
  const edges = svg('g', { class: 'edges' });
  for (const l of links) {
    const dx = l.target.x - l.source.x;
    const dy = l.target.y - l.source.y;
    const len = Math.hypot(dx, dy) || 1;
    const r = radius(l.target) + 2;
    const line = svg('line', {
      x1: l.source.x, y1: l.source.y, x2: l.target.x - (dx / len) * r, y2: l.target.y - (dy / len) * r,
      stroke: goldsteinColor(l.mean_goldstein), 'stroke-width': 1 + 5 * (l.events / maxEvents), 'stroke-opacity': 0.75, 'marker-end': 'url(#arrow)',
    });
    line.append(title(`${l.source.code} → ${l.target.code}: ${l.events} events, mean Goldstein ${l.mean_goldstein.toFixed(1)}, ${l.mentions} mentions`));
    edges.append(line);
  }
  const labels = svg('g', { class: 'nodes' });
  for (const n of nodes) {
    const g = svg('g', { class: 'node', transform: `translate(${n.x},${n.y})`, tabindex: 0, 'data-code': n.code });
    g.append(svg('circle', { r: radius(n) }));
    g.append(svg('text', { y: -radius(n) - 3, 'text-anchor': 'middle', text: n.code }));
    g.append(title(`${n.code} — ${n.name}\n${fmt.format(n.total)} events (${n.as_source} as source, ${n.as_target} as target)`));
    g.addEventListener('click', () => onPickActor(n.code));
    labels.append(g);
  }
  root.append(edges, labels);
  container.append(root);
}
