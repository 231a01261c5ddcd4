// Small DOM and SVG helpers. Text always goes in as text nodes, never as markup, so article
// text and names from the store cannot inject anything into the page.

const SVG = 'http://www.w3.org/2000/svg';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

export function title(text) {
  return svg('title', { text });
}

export const QUADS = [
  { quad: 1, key: 'quad1', name: 'Verbal cooperation', color: '#6baed6' },
  { quad: 2, key: 'quad2', name: 'Material cooperation', color: '#08519c' },
  { quad: 3, key: 'quad3', name: 'Verbal conflict', color: '#fd8d3c' },
  { quad: 4, key: 'quad4', name: 'Material conflict', color: '#cb181d' },
];

// Goldstein runs from -10 (most conflictual) to +10 (most cooperative).
export function goldsteinColor(value) {
  const t = Math.max(-1, Math.min(1, value / 10));
  return t < 0 ? mix('#bbbbbb', '#cb181d', -t) : mix('#bbbbbb', '#08519c', t);
}

export function mix(a, b, t) {
  const pa = parse(a);
  const pb = parse(b);
  const c = pa.map((v, i) => Math.round(v + (pb[i] - v) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

function parse(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

export const fmt = new Intl.NumberFormat('en');
