import { svg, title, QUADS, fmt } from './dom.js';

const DAY = 86400000;
const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

// The coder sometimes reads a Hijri date as Gregorian (years 1380-1440), which would stretch the axis
// over centuries. Unless the user chose dates, show the days holding the central 99% of events and say
// how many fall outside.
export function window(rows, filters) {
  if (!rows.length) return null;
  if (filters.from && filters.to) return { start: toDay(filters.from), end: toDay(filters.to) };
  const total = rows.reduce((s, r) => s + r.events, 0);
  const cut = total * 0.005;
  let start = toDay(rows[0].period);
  let end = toDay(rows[rows.length - 1].period);
  let seen = 0;
  for (const r of rows) {
    seen += r.events;
    if (seen > cut) { start = toDay(r.period); break; }
  }
  seen = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    seen += rows[i].events;
    if (seen > cut) { end = toDay(rows[i].period); break; }
  }
  if (filters.from) start = toDay(filters.from);
  if (filters.to) end = toDay(filters.to);
  // At most about four months of daily bars stay readable.
  if ((end - start) / DAY > 120) start = end - 120 * DAY;
  return { start, end };
}

export function renderTimeline(container, note, rows, filters, onPickDay) {
  container.replaceChildren();
  const span = window(rows, filters);
  if (!span) {
    note.textContent = 'No dated events match.';
    return;
  }
  const days = Math.round((span.end - span.start) / DAY) + 1;
  const byDay = new Map(rows.map((r) => [toDay(r.period), r]));
  const shown = rows.filter((r) => { const d = toDay(r.period); return d >= span.start && d <= span.end; });
  const outside = rows.reduce((s, r) => s + r.events, 0) - shown.reduce((s, r) => s + r.events, 0);
  note.textContent = `${fmt.format(shown.reduce((s, r) => s + r.events, 0))} dated events shown, ${iso(span.start)} to ${iso(span.end)}`
    + (outside > 0 ? `; ${fmt.format(outside)} dated outside this range (set From/To to see them)` : '');

  const width = Math.max(320, container.clientWidth || 600);
  const height = 190;
  const m = { left: 36, right: 8, top: 8, bottom: 22 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const max = Math.max(1, ...shown.map((r) => r.events));
  const band = plotW / days;
  const y = (v) => plotH - (v / max) * plotH;

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Events per day, stacked by QuadClass' });
  const plot = svg('g', { transform: `translate(${m.left},${m.top})` });
  root.append(plot);

  for (const tick of niceTicks(max)) {
    plot.append(svg('line', { x1: 0, x2: plotW, y1: y(tick), y2: y(tick), class: 'gridline' }));
    plot.append(svg('text', { x: -4, y: y(tick) + 3, 'text-anchor': 'end', class: 'axis', text: fmt.format(tick) }));
  }

  for (let i = 0; i < days; i++) {
    const day = span.start + i * DAY;
    const row = byDay.get(day);
    const x = i * band;
    if (row) {
      const bar = svg('g', { class: 'day', 'data-day': iso(day), tabindex: 0 });
      let base = 0;
      for (const q of QUADS) {
        const v = row[q.key];
        if (!v) continue;
        bar.append(svg('rect', { x: x + band * 0.1, width: Math.max(1, band * 0.8), y: y(base + v), height: y(base) - y(base + v), fill: q.color }));
        base += v;
      }
      bar.append(title(`${iso(day)}: ${row.events} events\n` + QUADS.map((q) => `${q.name}: ${row[q.key]}`).join('\n')));
      bar.addEventListener('click', () => onPickDay(iso(day)));
      plot.append(bar);
    }
    const date = new Date(day);
    if (date.getUTCDay() === 0 || days <= 14) {
      plot.append(svg('text', { x: x + band / 2, y: plotH + 15, 'text-anchor': 'middle', class: 'axis', text: iso(day).slice(5) }));
    }
  }
  container.append(root);
}

function niceTicks(max) {
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  const unit = max / step > 5 ? step * 2 : max / step > 2 ? step : step / 2;
  const ticks = [];
  for (let v = 0; v <= max; v += Math.max(1, unit)) ticks.push(v);
  return ticks;
}
