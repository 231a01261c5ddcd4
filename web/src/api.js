// A thin client for the Hadath API: every call names its filters the way `hadath query` does.

const FILTER_KEYS = ['actor', 'source', 'target', 'root', 'code', 'quad', 'from', 'to', 'country', 'plover'];

export function filterParams(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (filters[key]) params.set(key, filters[key]);
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params;
}

async function get(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error || `${response.status} ${response.statusText}`);
  }
  return body;
}

export const api = {
  info: () => get('/api/info'),
  events: (filters, offset, limit) => get('/api/events', filterParams(filters, { offset, limit })),
  timeline: (filters) => get('/api/stats/timeline', filterParams(filters, { by: 'day' })),
  network: (filters) => get('/api/network', filterParams(filters, { nodes: 40 })),
  countries: (filters) => get('/api/stats/countries', filterParams(filters)),
  actors: () => get('/api/stats/actors', new URLSearchParams({ limit: '200' })),
  article: (id) => get(`/api/articles/${encodeURIComponent(id)}`),
  search: (q) => get('/api/search', new URLSearchParams({ q, limit: '20' })),
};
