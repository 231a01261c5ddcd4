import { el } from './dom.js';

// Splits a field of the article at every span boundary and wraps each piece in what covers it:
// <mark class="evidence"> for the evidence of an event (".current" for the event the reader
// opened), <span class="actor"> for a named actor. Offsets are UTF-16 code units, as JavaScript
// strings index them, so the spans from the API slice the text exactly.
export function renderField(text, field, evidence, actors, currentEvent) {
  const spans = [
    ...evidence.filter((s) => s.field === field).map((s) => ({ ...s, kind: 'evidence' })),
    ...actors.filter((s) => s.field === field).map((s) => ({ ...s, kind: 'actor' })),
  ].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    let node = document.createTextNode(text.slice(a, b));
    const actor = covering.find((s) => s.kind === 'actor');
    if (actor) {
      node = el('span', { class: 'actor', 'data-code': actor.code, title: `${actor.code} — ${actor.name}` }, node);
    }
    const marks = covering.filter((s) => s.kind === 'evidence');
    if (marks.length) {
      const current = marks.some((s) => s.event === currentEvent);
      node = el('mark', { class: current ? 'evidence current' : 'evidence', 'data-event': marks.map((s) => s.event).join(' ') }, node);
    }
    nodes.push(node);
  }
  return nodes;
}

export function renderArticle(panel, article, currentEvent, onPickEvent) {
  const evidence = article.events.flatMap((e, index) => e.mentions.map((m) => ({ ...m, event: index })));
  const meta = [article.source, article.published, article.id].filter(Boolean).join(' · ');
  const metaNode = panel.querySelector('#article-meta');
  metaNode.replaceChildren(meta + ' ');
  if (article.url) metaNode.append(el('a', { href: article.url, rel: 'noreferrer noopener', target: '_blank', text: 'source' }));
  panel.querySelector('#article-title').replaceChildren(...renderField(article.title, 'title', evidence, article.actors, currentEvent));
  panel.querySelector('#article-text').replaceChildren(...renderField(article.text, 'text', evidence, article.actors, currentEvent));

  const list = panel.querySelector('#article-events');
  list.replaceChildren(...article.events.map((e, index) => {
    const ev = e.event;
    const who = `${ev.source_code}${ev.target_code ? ' → ' + ev.target_code : ''}`;
    const item = el('li', { class: index === currentEvent ? 'current' : '', tabindex: 0, 'data-event': index },
      el('strong', { text: `${ev.cameo} ${ev.cameo_name}` }), ' ', el('span', { text: who }),
      el('div', { class: 'quote', lang: 'ar', dir: 'rtl', text: e.mentions.map((m) => m.evidence).join(' … ') }));
    item.addEventListener('click', () => onPickEvent(index));
    item.addEventListener('keydown', (k) => { if (k.key === 'Enter') onPickEvent(index); });
    return item;
  }));
  panel.hidden = false;
  const first = panel.querySelector('mark.current');
  if (first) first.scrollIntoView({ block: 'center' });
}
