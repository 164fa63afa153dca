// Who said what: the story's quotes grouped by speaker (by entity when the speaker resolved to one).

import { el } from '../dom.js';
import { entityHref } from '../links.js';
import { citationLink } from './citation.js';

const UNNAMED = 'متحدث غير مسمى في النص';

export function storyQuotes(story) {
  const groups = new Map();
  for (const quote of story.quotes || []) {
    const key = quote.speaker_entity || quote.speaker || '';
    if (!groups.has(key)) groups.set(key, { names: new Set(), entity: quote.speaker_entity, quotes: [] });
    const group = groups.get(key);
    if (quote.speaker) group.names.add(quote.speaker);
    group.quotes.push(quote);
  }
  const ordered = [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  return el('div', { class: 'quote-groups' }, ordered.map((group) => {
    const name = [...group.names].join(' / ') || UNNAMED;
    return el('div', { class: 'quote-group' },
      el('h3', null, group.entity ? el('a', { href: entityHref(group.entity) }, name) : name,
        el('span', { class: 'count' }, ` (${group.quotes.length})`)),
      el('ul', null, group.quotes.map((quote) =>
        el('li', { class: quote.direct ? 'quote direct' : 'quote reported' },
          quote.verb ? el('span', { class: 'verb' }, `${quote.verb}: `) : null,
          citationLink(quote, quote.direct ? `«${quote.text}»` : quote.text)))));
  }));
}
