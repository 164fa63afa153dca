// A story: summary with a citation per sentence, its articles, timeline, entities, quotes, figures and
// the text its articles share. Each part says so when the story has no data for it.

import { el, noData, section } from '../dom.js';
import { getJson } from '../api.js';
import { storyHref } from '../links.js';
import { formatSpan } from '../dates.js';
import { countOf } from '../labels.js';
import { citationLink } from '../parts/citation.js';
import { entityChips } from '../parts/chips.js';
import { storyArticles } from '../parts/story-articles.js';
import { storyTimeline } from '../parts/story-timeline.js';
import { storyQuotes } from '../parts/story-quotes.js';
import { storyFigures } from '../parts/story-figures.js';
import { storyReuse } from '../parts/story-reuse.js';

const has = (list) => Array.isArray(list) && list.length > 0;

const PARTS = [
  ['summary', 'الملخص', (s) => (has(s.summary)
    ? el('ol', { class: 'summary-sentences' }, s.summary.map((sentence) => el('li', null, citationLink(sentence))))
    : noData('عن ملخص لهذه القصة'))],
  ['articles', 'المقالات', (s) => (has(s.articles) ? storyArticles(s) : noData('عن مقالات هذه القصة'))],
  ['timeline', 'الخط الزمني', (s) => (has(s.timeline) ? storyTimeline(s) : noData('عن تواريخ في هذه القصة'))],
  ['entities', 'الكيانات', (s) => (has(s.entities) ? entityChips(s.entities) : noData('عن كيانات في هذه القصة'))],
  ['quotes', 'الاقتباسات', (s) => (has(s.quotes) ? storyQuotes(s) : noData('عن اقتباسات في هذه القصة'))],
  ['figures', 'الأرقام', (s) => storyFigures(s)],
  ['reuse', 'النصوص المنقولة', (s) => (has(s.reuse) ? storyReuse(s) : noData('عن نصوص منقولة بين مقالات هذه القصة'))],
];

export async function renderStory(root, id) {
  const story = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  if (story.id && story.id !== id) history.replaceState(null, '', storyHref(story.id) + location.search + location.hash);
  document.title = `مرصد — ${story.title || story.id}`;
  const outlets = story.outlets || [];
  root.append(el('header', { class: 'page-head' },
    el('p', { class: 'kicker' }, `قصة ${story.id}`, story.storyline ? ` · خط ${story.storyline}` : ''),
    el('h1', null, story.title || story.id),
    el('p', { class: 'meta' },
      el('span', null, countOf((story.articles || []).length, 'مقال', 'مقالات')),
      el('span', null, outlets.length ? outlets.join('، ') : 'المنفذ غير معروف'),
      el('span', null, formatSpan(story.first_seen, story.last_seen) || 'التاريخ غير معروف')),
    story.resolved_from ? el('p', { class: 'notice' }, `القصة ${story.resolved_from} دُمجت في هذه القصة (الحدث نفسه).`) : null,
    el('nav', { class: 'toc', 'aria-label': 'أقسام القصة' }, PARTS.map(([partId, title]) => el('a', { href: `#${partId}` }, title)))));
  for (const [partId, title, render] of PARTS) root.append(section(partId, title, render(story)));
  // The parts exist only now, after the page loaded: follow a #part in the address by hand.
  const part = location.hash && document.getElementById(location.hash.slice(1));
  if (part) part.scrollIntoView();
}
