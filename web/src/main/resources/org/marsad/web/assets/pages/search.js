// Search: ranked hits with their highlighted snippets, and facet counts by outlet, day and entity type.
// The API counts facets over every matching article; choosing an outlet or a day asks the API for the
// hits of that outlet or day (an unknown day, which the API cannot filter on, is narrowed here among the
// most hits it gives, saying how many of the count it shows).
// Entity types are counts only: a hit does not say which types it names.

import { el, noData } from '../dom.js';
import { getJson } from '../api.js';
import { articleHref, searchHref } from '../links.js';
import { formatDate } from '../dates.js';
import { countOf, entityTypeLabel } from '../labels.js';
import { markedText } from '../marked-text.js';
import { articleTitle } from '../parts/article-title.js';

const PAGE_HITS = 20;
const MOST_HITS = 200; // the API's largest ?limit
const UNKNOWN_DAY = 'unknown';
const dayOf = (hit) => (hit.published ? hit.published.slice(0, 10) : UNKNOWN_DAY);

const FACETS = [
  {
    key: 'outlet', title: 'المنفذ', label: (v) => v,
    counts: (f) => Object.entries(f.outlet || {}),
    keeps: (hit, v) => hit.outlet === v,
  },
  {
    key: 'day', title: 'التاريخ', label: (v) => (v === UNKNOWN_DAY ? 'تاريخ غير معروف' : formatDate(v) || v),
    counts: (f) => [...Object.entries(f.day || {}), ...(f.unknown_day ? [[UNKNOWN_DAY, f.unknown_day]] : [])],
    keeps: (hit, v) => dayOf(hit) === v,
  },
  {
    key: 'entity_type', title: 'نوع الكيان', label: entityTypeLabel,
    counts: (f) => Object.entries(f.entity_type || {}),
  },
];

function hitItem(hit) {
  const highlights = (hit.highlights || []).map(([start, end]) => ({ start, end, classes: ['hit'] }));
  const first = hit.highlights && hit.highlights[0];
  const offset = Number.isInteger(hit.snippet_start) ? hit.snippet_start : null;
  const passage = first && offset !== null ? [offset + first[0], offset + first[1]] : [];
  return el('li', { class: 'hit', 'data-article': hit.id },
    el('h2', null, el('a', { href: articleHref(hit.id, ...passage) }, articleTitle(hit))),
    el('p', { class: 'meta' },
      el('span', null, hit.outlet || 'المنفذ غير معروف'),
      el('span', null, formatDate(hit.published) || 'التاريخ غير معروف')),
    hit.snippet ? el('p', { class: 'snippet' }, markedText(hit.snippet, highlights)) : null);
}

function facetsBox(facets, query, params, total) {
  return el('aside', { class: 'facets', 'aria-label': 'تصنيف النتائج' }, FACETS.map((facet) => {
    const counts = facets ? facet.counts(facets) : [];
    return el('section', { class: 'facet', 'data-facet': facet.key },
      el('h3', null, facet.title),
      counts.length ? el('ul', null, counts.map(([value, count]) => {
        const chosen = params.get(facet.key) === value;
        const label = facet.label(value);
        return el('li', { class: chosen ? 'chosen' : null, 'data-value': value },
          facet.keeps ? el('a', { href: searchHref(query, chosen ? {} : { [facet.key]: value }) }, label) : label,
          el('span', { class: 'count' }, ` ${count}`));
      })) : noData(`عن ${facet.title}`),
      facet.key === 'entity_type' && Number.isInteger(facets?.entity_type_over) && facets.entity_type_over < total
        ? el('p', { class: 'meta' }, `محسوبة على أول ${facets.entity_type_over} مقال مطابق`) : null);
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
  const chosen = FACETS.filter((f) => f.keeps && params.has(f.key));
  const byApi = chosen.filter((f) => !(f.key === 'day' && params.get('day') === UNKNOWN_DAY));
  const byPage = chosen.filter((f) => !byApi.includes(f));
  const request = { q: query, limit: byPage.length ? MOST_HITS : PAGE_HITS };
  for (const f of byApi) request[f.key] = params.get(f.key);
  const result = await getJson('/api/search', request);
  const returned = result.hits || [];
  const hits = returned.filter((hit) => byPage.every((f) => f.keeps(hit, params.get(f.key))));
  const total = Number.isInteger(result.total) ? result.total : returned.length;
  const meta = el('p', { class: 'meta' }, el('span', null, countOf(total, 'نتيجة', 'نتائج')));
  if (chosen.length) {
    const labels = chosen.map((f) => f.label(params.get(f.key))).join('، ');
    const shown = byPage.length ? `تُعرض ${hits.length} من أفضل ${returned.length}` : `تُعرض ${hits.length}`;
    meta.append(el('span', null, `${labels}: ${shown} — `, el('a', { href: searchHref(query) }, 'إلغاء التصفية')));
  } else if (returned.length < total) {
    meta.append(el('span', null, `تُعرض أفضل ${returned.length}`));
  }
  root.append(meta);
  root.append(el('div', { class: 'search-layout' },
    hits.length ? el('ol', { class: 'hits' }, hits.map(hitItem)) : el('p', { class: 'no-data' }, 'لا توجد نتائج.'),
    facetsBox(result.facets, query, params, total)));
}
