// An entity: its name, type, the spellings it was found under, and the stories naming it over time.

import { el, noData, section } from '../dom.js';
import { getJson } from '../api.js';
import { storyHref } from '../links.js';
import { entityTypeLabel } from '../labels.js';
import { formatSpan } from '../dates.js';

function storyRow(story) {
  if (typeof story === 'string') return el('li', null, el('a', { href: storyHref(story) }, story));
  const span = formatSpan(story.first_seen, story.last_seen);
  return el('li', { 'data-story': story.id },
    el('span', { class: 'date' }, span || 'التاريخ غير معروف'), ' ',
    el('a', { href: storyHref(story.id) }, story.title || story.id),
    Number.isInteger(story.mentions) ? el('span', { class: 'meta' }, ` (${story.mentions} إشارة)`) : null);
}

export async function renderEntity(root, id) {
  const entity = await getJson(`/api/entities/${encodeURIComponent(id)}`);
  document.title = `مرصد — ${entity.name || entity.id}`;
  const aliases = entity.aliases || [];
  const stories = entity.stories || [];
  root.append(el('header', { class: 'page-head' },
    el('p', { class: 'kicker' }, `${entityTypeLabel(entity.type || '')} · ${entity.id}`),
    el('h1', null, entity.name || entity.id),
    el('p', { class: 'meta' },
      Number.isInteger(entity.mentions) ? el('span', null, `${entity.mentions} إشارة`) : null,
      Number.isInteger(entity.articles) ? el('span', null, `${entity.articles} مقالات`) : null,
      el('span', null, `${stories.length} قصص`))));
  root.append(section('aliases', 'الأسماء والتهجئات',
    aliases.length ? el('ul', { class: 'chips' }, aliases.map((a) => el('li', null, el('span', { class: 'chip' }, a))))
      : noData('عن تهجئات هذا الاسم')));
  root.append(section('entity-stories', 'القصص عبر الزمن',
    stories.length ? el('ol', { class: 'entity-stories' }, stories.map(storyRow))
      : noData('عن قصص تذكر هذا الاسم')));
}
