// The story's articles, grouped by outlet and ordered by time, each near-duplicate folded under the
// article it copies (a <details> that opens on demand).

import { el } from '../dom.js';
import { articleHref } from '../links.js';
import { formatDate } from '../dates.js';
import { articleTitle } from './article-title.js';

const byDate = (a, b) => {
  if (a.published === b.published) return 0;
  if (!a.published) return 1; // unknown dates last, as the API orders them
  if (!b.published) return -1;
  return a.published < b.published ? -1 : 1;
};

function articleLine(article) {
  return el('span', { class: 'article-line' },
    el('a', { href: articleHref(article.id) }, articleTitle(article)),
    ' ',
    el('span', { class: 'meta' }, formatDate(article.published) || 'التاريخ غير معروف'));
}

export function storyArticles(story) {
  const articles = story.articles || [];
  const ids = new Set(articles.map((a) => a.id));
  const copies = new Map();
  const heads = [];
  for (const article of articles) {
    // A copy whose original is outside this story stays in the list, with its note.
    if (article.duplicate_of && ids.has(article.duplicate_of)) {
      if (!copies.has(article.duplicate_of)) copies.set(article.duplicate_of, []);
      copies.get(article.duplicate_of).push(article);
    } else {
      heads.push(article);
    }
  }
  const outlets = new Map();
  for (const article of [...heads].sort(byDate)) {
    const outlet = article.outlet || 'منفذ غير معروف';
    if (!outlets.has(outlet)) outlets.set(outlet, []);
    outlets.get(outlet).push(article);
  }
  return el('div', { class: 'outlet-groups' }, [...outlets].map(([outlet, list]) =>
    el('div', { class: 'outlet-group' },
      el('h3', null, outlet, el('span', { class: 'count' }, ` (${list.length})`)),
      el('ol', { class: 'article-list' }, list.map((article) => {
        const folded = copies.get(article.id) || [];
        return el('li', { 'data-article': article.id },
          articleLine(article),
          article.duplicate_of ? el('span', { class: 'meta' }, ' — نسخة شبه مطابقة لمقال خارج القصة') : null,
          folded.length ? el('details', { class: 'duplicates' },
            el('summary', null, `${folded.length} ${folded.length === 1 ? 'نسخة شبه مطابقة' : 'نسخ شبه مطابقة'}`),
            el('ul', null, folded.sort(byDate).map((copy) =>
              el('li', { 'data-article': copy.id }, copy.outlet ? `${copy.outlet}: ` : '', articleLine(copy))))) : null);
      })))));
}
