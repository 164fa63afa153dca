// An entity: its name, type, the spellings it was found under, and the stories naming it over time
// (the API lists them oldest first, each with the entity's mentions and spellings in that story).

import { el, noData, section } from '../dom.js';
import { getJson } from '../api.js';
import { storyHref } from '../links.js';
import { countOf, entityTypeLabel } from '../labels.js';
import { formatSpan } from '../dates.js';

function appearanceRow(appearance) {
  const span = formatSpan(appearance.first_seen, appearance.last_seen);
  const aliases = appearance.aliases || [];
  return el('li', { 'data-story': appearance.story },
    el('span', { class: 'date' }, span || 'التاريخ غير معروف'), ' ',
    el('a', { href: storyHref(appearance.story) }, appearance.title || appearance.story),
    el('span', { class: 'meta' },
      Number.isInteger(appearance.mentions) ? ` — ${countOf(appearance.mentions, 'إشارة', 'إشارات')}` : '',
      aliases.length ? ` — بصيغة: ${aliases.join('، ')}` : ''));
}

export async function renderEntity(root, id) {
  const entity = await getJson(`/api/entities/${encodeURIComponent(id)}`);
  document.title = `مرصد — ${entity.name || entity.id}`;
  const aliases = entity.aliases || [];
  const appearances = entity.appearances || [];
  root.append(el('header', { class: 'page-head' },
    el('p', { class: 'kicker' }, `${entityTypeLabel(entity.type || '')} · ${entity.id}`),
    el('h1', null, entity.name || entity.id),
    el('p', { class: 'meta' },
      Number.isInteger(entity.mentions) ? el('span', null, countOf(entity.mentions, 'إشارة', 'إشارات')) : null,
      Number.isInteger(entity.articles) ? el('span', null, countOf(entity.articles, 'مقال', 'مقالات')) : null,
      el('span', null, countOf(appearances.length, 'قصة', 'قصص')))));
  root.append(section('aliases', 'الأسماء والتهجئات',
    aliases.length ? el('ul', { class: 'chips' }, aliases.map((a) => el('li', null, el('span', { class: 'chip' }, a))))
      : noData('عن تهجئات هذا الاسم')));
  root.append(section('entity-stories', 'القصص عبر الزمن',
    appearances.length ? el('ol', { class: 'entity-stories' }, appearances.map(appearanceRow))
      : noData('عن قصص تذكر هذا الاسم')));
}
