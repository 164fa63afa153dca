// Search: ranked hits with their highlighted snippets, and facet counts by outlet, date and entity type.

import { el, noData } from '../dom.js';
import { getJson } from '../api.js';
import { articleHref, searchHref } from '../links.js';
import { formatDate } from '../dates.js';
import { entityTypeLabel } from '../labels.js';
import { markedText } from '../marked-text.js';
import { articleTitle } from '../parts/article-title.js';

const FACETS = [
  ['outlet', 'المنفذ', (v) => v],
  ['date', 'التاريخ', (v) => formatDate(v) || v],
  ['entity_type', 'نوع الكيان', (v) => entityTypeLabel(v)],
];

/** Facet counts as [[value, count]], whether the API sends a list of {value, count} or a map. */
function facetEntries(facet) {
  if (Array.isArray(facet)) return facet.map((f) => [f.value ?? f.key ?? f.name, f.count]);
  if (facet && typeof facet === 'object') return Object.entries(facet);
  return [];
}

function hitItem(hit) {
  const highlights = (hit.highlights || []).map(([start, end]) => ({ start, end, classes: ['hit'] }));
  const first = hit.highlights && hit.highlights[0];
  const offset = Number.isInteger(hit.snippet_start) ? hit.snippet_start : null;
  const passage = first && offset !== null ? [offset + first[0], offset + first[1]] : [null, null];
  return el('li', { class: 'hit', 'data-article': hit.id },
    el('h2', null, el('a', { href: articleHref(hit.id, ...passage) }, articleTitle(hit))),
    el('p', { class: 'meta' },
      el('span', null, hit.outlet || 'المنفذ غير معروف'),
      el('span', null, formatDate(hit.published) || 'التاريخ غير معروف')),
    hit.snippet ? el('p', { class: 'snippet' }, markedText(hit.snippet, highlights)) : null);
}

function facetsBox(facets, query, params) {
  return el('aside', { class: 'facets', 'aria-label': 'تصنيف النتائج' }, FACETS.map(([key, title, label]) => {
    const entries = facetEntries(facets && facets[key]);
    return el('section', { class: 'facet', 'data-facet': key },
      el('h3', null, title),
      entries.length ? el('ul', null, entries.map(([value, count]) => {
        const chosen = params.get(key) === String(value);
        return el('li', { class: chosen ? 'chosen' : null },
          el('a', { href: searchHref(query, chosen ? {} : { [key]: value }) }, label(String(value))),
          el('span', { class: 'count' }, ` ${count}`));
      })) : noData(`عن ${title}`));
  }));
}

export async function renderSearch(root) {
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') || '').trim();
  const input = document.getElementById('site-q');
  if (input) input.value = query;
  document.title = `مرصد — بحث: ${query}`;
  root.append(el('h1', null, query ? `نتائج البحث عن «${query}»` : 'بحث'));
  if (!query) {
    root.append(el('p', { class: 'no-data' }, 'اكتب كلمات البحث في الخانة أعلاه.'));
    return;
  }
  const filters = Object.fromEntries([...params].filter(([key]) => key !== 'q'));
  const result = await getJson('/api/search', { ...filters, q: query });
  const hits = result.hits || [];
  root.append(el('p', { class: 'meta' }, `${Number.isInteger(result.total) ? result.total : hits.length} نتيجة`));
  root.append(el('div', { class: 'search-layout' },
    hits.length ? el('ol', { class: 'hits' }, hits.map(hitItem)) : el('p', { class: 'no-data' }, 'لا توجد نتائج.'),
    facetsBox(result.facets, query, params)));
}
