import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './style.css';
import { api } from './api.js';
import { el, QUADS, fmt } from './dom.js';
import { renderTimeline } from './timeline.js';
import { renderNetwork } from './network.js';
import { renderMap, countryNames } from './map.js';
import { renderArticle } from './article.js';

const PAGE = 25;
const form = document.getElementById('filters');
const state = { filters: readUrl(), offset: 0, article: null, requests: 0 };

// The filters live in the address, so a view can be reloaded or shared.
function readUrl() {
  const p = new URLSearchParams(location.search);
  return { actor: p.get('actor') || '', country: p.get('country') || '', type: p.get('type') || '', from: p.get('from') || '', to: p.get('to') || '' };
}

function writeUrl() {
  const p = new URLSearchParams(Object.entries(state.filters).filter(([, v]) => v));
  history.replaceState(null, '', p.toString() ? `?${p}` : location.pathname);
}

// The dashboard's "event type" is either a CAMEO root (r:19) or a PLOVER type (p:PROTEST).
function apiFilters() {
  const f = state.filters;
  return {
    actor: f.actor.trim().toUpperCase(),
    country: f.country,
    root: f.type.startsWith('r:') ? f.type.slice(2) : '',
    plover: f.type.startsWith('p:') ? f.type.slice(2) : '',
    from: f.from,
    to: f.to,
  };
}

function fillForm() {
  for (const [key, value] of Object.entries(state.filters)) {
    if (form.elements[key]) form.elements[key].value = value;
  }
}

function showError(error) {
  let banner = document.getElementById('error');
  if (!banner) {
    banner = el('p', { id: 'error', class: 'error', role: 'alert' });
    document.body.prepend(banner);
  }
  banner.textContent = String(error.message || error);
}

// Every refresh counts itself, so an answer that arrives after a newer request began is dropped.
async function refresh() {
  const ticket = ++state.requests;
  document.body.dataset.state = 'loading';
  const filters = apiFilters();
  try {
    const [events, timeline, network, countries] = await Promise.all([
      api.events(filters, state.offset, PAGE), api.timeline(filters), api.network(filters), api.countries(filters),
    ]);
    if (ticket !== state.requests) return;
    renderEvents(events);
    renderTimeline(document.getElementById('timeline'), document.getElementById('timeline-note'), timeline, filters, (day) => setFilters({ from: day, to: day }));
    renderNetwork(document.getElementById('network'), network, (code) => setFilters({ actor: code }));
    renderMap(document.getElementById('map'), countries, filters.country, (code) => setFilters({ country: state.filters.country === code ? '' : code }));
    document.getElementById('error')?.remove();
    document.body.dataset.state = 'ready';
    // The first time every panel is drawn: what the load benchmark reads.
    if (!performance.getEntriesByName('dashboard-ready').length) performance.mark('dashboard-ready');
    return { countries };
  } catch (error) {
    if (ticket === state.requests) {
      showError(error);
      document.body.dataset.state = 'error';
    }
  }
}

function setFilters(change) {
  state.filters = { ...state.filters, ...change };
  state.offset = 0;
  fillForm();
  writeUrl();
  refresh();
}

function renderEvents(page) {
  document.getElementById('events-count').textContent = `${fmt.format(page.total)} matching`;
  const last = Math.min(page.offset + page.events.length, page.total);
  document.getElementById('page').textContent = page.total ? `${fmt.format(page.offset + 1)}–${fmt.format(last)}` : '';
  document.getElementById('prev').disabled = page.offset === 0;
  document.getElementById('next').disabled = last >= page.total;
  const rows = page.events.map((e) => {
    const quad = QUADS[e.quad_class - 1];
    const row = el('tr', { tabindex: 0, 'data-id': e.id, 'data-article': e.first_article, title: 'Open the article' },
      el('td', { text: e.date ?? '—' }),
      el('td', { title: e.source_name, text: e.source_code }),
      el('td', { title: e.target_name, text: e.target_code || '—' }),
      el('td', {}, el('span', { class: 'code', text: e.cameo }), ' ', e.cameo_name, e.plover_type ? el('span', { class: 'tag', text: e.plover_type }) : null),
      el('td', {}, el('span', { class: 'swatch', style: `background:${quad.color}`, title: quad.name }), String(e.quad_class)),
      el('td', { class: 'num', text: e.goldstein.toFixed(1) }),
      el('td', { lang: 'ar', dir: 'auto', text: e.place_name ? `${e.place_name} (${e.place_country})` : '—' }),
      el('td', { class: 'num', text: String(e.num_mentions) }));
    const open = () => openArticle(e.first_article, e);
    row.addEventListener('click', open);
    row.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
    return row;
  });
  document.querySelector('#events-table tbody').replaceChildren(...rows);
  if (!rows.length) {
    document.querySelector('#events-table tbody').append(el('tr', {}, el('td', { colspan: 8, class: 'muted', text: 'No events match these filters.' })));
  }
}

async function openArticle(id, event) {
  const panel = document.getElementById('article');
  panel.dataset.state = 'loading';
  try {
    const article = await api.article(id);
    // Ids above 2^53 lose digits as JavaScript numbers, but both sides lose them alike; the event's
    // codes confirm the match.
    const current = event
      ? article.events.findIndex((x) => x.event.id === event.id && x.event.cameo === event.cameo && x.event.source_code === event.source_code)
      : -1;
    state.article = article;
    const show = (index) => renderArticle(panel, article, index, show);
    show(current);
    panel.dataset.state = 'ready';
  } catch (error) {
    showError(error);
    panel.dataset.state = 'error';
  }
}

async function search() {
  const q = form.elements.q.value.trim();
  if (!q) return;
  const box = document.getElementById('search-results');
  box.hidden = false;
  box.dataset.state = 'loading';
  const list = box.querySelector('ol');
  try {
    const result = await api.search(q);
    list.replaceChildren(...result.hits.map((h) => {
      const snippets = el('div', { class: 'snippets', lang: 'ar', dir: 'rtl' });
      // The server escapes snippet text and adds only <mark> around matches.
      snippets.innerHTML = h.snippets_html.join(' … ');
      const item = el('li', { tabindex: 0 },
        el('strong', { lang: 'ar', dir: 'rtl', text: h.title || h.id }), ' ',
        el('span', { class: 'muted small', text: `${h.published ?? ''} · ${h.event_count} events` }), snippets);
      item.addEventListener('click', () => openArticle(h.key));
      return item;
    }));
    if (!result.hits.length) list.replaceChildren(el('li', { class: 'muted', text: 'No article matches.' }));
    box.dataset.state = 'ready';
  } catch (error) {
    list.replaceChildren(el('li', { class: 'error', text: String(error.message) }));
    box.dataset.state = 'error';
  }
}

async function start() {
  fillForm();
  document.getElementById('quad-legend').replaceChildren(...QUADS.map((q) => el('span', { class: 'key' }, el('span', { class: 'swatch', style: `background:${q.color}` }), q.name)));
  const loaded = refresh();
  try {
    // The country list is the unfiltered count; when no filter is set, the map's request already is that one.
    const unfiltered = Object.values(state.filters).every((v) => !v);
    const [info, countries] = await Promise.all([api.info(), unfiltered ? loaded.then((r) => r?.countries ?? api.countries({})) : api.countries({})]);
    const c = info.counts;
    document.getElementById('store-info').textContent = `${info.store}: ${fmt.format(c.articles)} articles, ${fmt.format(c.events)} events, ${fmt.format(c.mentions)} mentions`;
    const select = form.elements.country;
    select.append(...countries.map((r) => el('option', { value: r.country, text: `${countryNames.get(r.country) ?? r.country} (${r.country}) · ${r.events}` })));
    const type = form.elements.type;
    type.append(
      el('optgroup', { label: 'CAMEO root' }, ...info.roots.map((r) => el('option', { value: `r:${r.code}`, text: `${r.code} ${r.name}` }))),
      el('optgroup', { label: 'PLOVER type' }, ...info.plover_types.map((p) => el('option', { value: `p:${p.code}`, text: p.name }))));
    fillForm();
  } catch (error) {
    showError(error);
  }
  await loaded;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (document.activeElement === form.elements.q) {
    search();
    return;
  }
  const data = new FormData(form);
  setFilters({ actor: data.get('actor') || '', country: data.get('country') || '', type: data.get('type') || '', from: data.get('from') || '', to: data.get('to') || '' });
});
// The actor suggestions are needed only once someone types an actor, not for the first paint.
form.elements.actor.addEventListener('focus', async () => {
  try {
    const actors = await api.actors();
    document.getElementById('actor-list').replaceChildren(...actors.map((a) => el('option', { value: a.code, label: `${a.name} (${a.total})` })));
  } catch (error) {
    showError(error);
  }
}, { once: true });
for (const name of ['country', 'type']) form.elements[name].addEventListener('change', () => form.requestSubmit());
document.getElementById('clear').addEventListener('click', () => setFilters({ actor: '', country: '', type: '', from: '', to: '' }));
document.getElementById('search-button').addEventListener('click', search);
document.getElementById('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
document.getElementById('next').addEventListener('click', () => { state.offset += PAGE; refresh(); });
for (const button of document.querySelectorAll('[data-close]')) {
  button.addEventListener('click', () => { document.getElementById(button.dataset.close).hidden = true; });
}
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') document.getElementById('article').hidden = true; });
let resize;
window.addEventListener('resize', () => { clearTimeout(resize); resize = setTimeout(refresh, 200); });

start();
