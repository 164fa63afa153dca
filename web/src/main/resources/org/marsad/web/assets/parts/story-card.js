// One story in a list: title, summary, outlets, article count, time span and its most central entities.

import { el } from '../dom.js';
import { storyHref } from '../links.js';
import { formatSpan } from '../dates.js';
import { countOf } from '../labels.js';
import { entityChips } from './chips.js';

const TOP_ENTITIES = 6;

export function storyCard(story) {
  const articles = story.articles || [];
  const outlets = story.outlets || [];
  const span = formatSpan(story.first_seen, story.last_seen);
  const summary = (story.summary || []).map((s) => s.text).join(' ');
  return el('article', { class: 'story-card', 'data-story': story.id },
    el('h2', null, el('a', { href: storyHref(story.id) }, story.title || story.id)),
    el('p', { class: 'meta' },
      el('span', null, countOf(articles.length, 'مقال', 'مقالات')),
      el('span', null, outlets.length ? outlets.join('، ') : 'المنفذ غير معروف'),
      el('span', null, span || 'التاريخ غير معروف')),
    summary ? el('p', { class: 'summary' }, summary) : el('p', { class: 'no-data' }, 'لا يوجد ملخص.'),
    (story.entities || []).length ? entityChips(story.entities.slice(0, TOP_ENTITIES))
      : el('p', { class: 'no-data' }, 'لا توجد بيانات عن كيانات في هذه القصة.'));
}
