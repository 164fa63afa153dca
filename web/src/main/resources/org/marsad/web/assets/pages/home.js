// Home: the most recent stories, a page at a time.

import { el } from '../dom.js';
import { getJson } from '../api.js';
import { storyCard } from '../parts/story-card.js';
import { countOf } from '../labels.js';

const PAGE_SIZE = 20;

export async function renderHome(root) {
  const params = new URLSearchParams(location.search);
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  document.title = 'مرصد — القصص';
  const page = await getJson('/api/stories', { offset, limit: PAGE_SIZE });
  const stories = page.stories || [];
  root.append(el('h1', null, 'أحدث القصص'));
  if (Number.isInteger(page.total)) {
    root.append(el('p', { class: 'meta' }, `${countOf(page.total, 'قصة', 'قصص')} في المخزن`));
  }
  if (stories.length === 0) {
    root.append(el('p', { class: 'no-data' }, 'لا توجد بيانات عن القصص بعد: حلّل مقالات أولاً (marsad analyze).'));
    return;
  }
  root.append(el('div', { class: 'story-list' }, stories.map(storyCard)));
  root.append(pager(offset, stories.length, page.total));
}

function pager(offset, shown, total) {
  const nav = el('nav', { class: 'pager', 'aria-label': 'الصفحات' });
  if (offset > 0) nav.append(el('a', { href: `/?offset=${Math.max(0, offset - PAGE_SIZE)}` }, 'الأحدث'));
  if (Number.isInteger(total) ? offset + shown < total : shown === PAGE_SIZE) {
    nav.append(el('a', { href: `/?offset=${offset + PAGE_SIZE}` }, 'الأقدم'));
  }
  return nav;
}
