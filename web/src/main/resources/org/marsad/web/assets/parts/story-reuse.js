// Text reuse, two articles side by side: the likely source and its copy, with the passages they share
// marked at their offsets in each text. One pair at a time; the pair is chosen from a list.

import { el, clear } from '../dom.js';
import { getArticle } from '../api.js';
import { articleHref } from '../links.js';
import { countOf, originLabel } from '../labels.js';
import { markedText } from '../marked-text.js';
import { articleTitle, articleTitleText } from './article-title.js';

function pairsOf(reuse) {
  const pairs = new Map();
  for (const passage of reuse) {
    const key = `${passage.from_article}>${passage.to_article}`;
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(passage);
  }
  return [...pairs.values()].sort((a, b) => b.length - a.length);
}

function column(article, role, passages, side) {
  const marks = passages.map((p, i) => ({
    start: p[`${side}_start`], end: p[`${side}_end`],
    classes: ['copied', `passage-${i % 2}`],
    title: `مقطع ${i + 1} — ${countOf(p.words, 'كلمة', 'كلمات')}، تشابه ${p.score}`,
    data: { passage: String(i + 1) },
  }));
  return el('div', { class: 'reuse-column', 'data-article': article.id, 'data-side': side },
    el('h4', null, `${role}: `, el('a', { href: articleHref(article.id) }, articleTitle(article)),
      el('span', { class: 'meta' }, ` — ${article.outlet || 'منفذ غير معروف'}`)),
    el('div', { class: 'article-text reuse-text' }, markedText(article.text || '', marks)));
}

async function showPair(target, passages) {
  clear(target).append(el('p', { class: 'loading' }, 'جارٍ تحميل المقالين…'));
  const [from, to] = await Promise.all([getArticle(passages[0].from_article), getArticle(passages[0].to_article)]);
  const first = passages[0];
  clear(target).append(
    el('p', { class: 'meta' }, `${countOf(passages.length, 'مقطع مشترك', 'مقاطع مشتركة')} — ${originLabel(first.origin || '')}`,
      first.same_outlet ? ' — داخل المنفذ نفسه' : ''),
    el('div', { class: 'side-by-side' },
      column(from, 'المصدر المرجّح', passages, 'from'),
      column(to, 'النسخة', passages, 'to')));
}

export function storyReuse(story) {
  const pairs = pairsOf(story.reuse || []);
  const target = el('div', { class: 'reuse-pair' });
  const names = new Map((story.articles || []).map((a) => [a.id, articleTitleText(a)]));
  const label = (id) => names.get(id) || id;
  const chooser = el('select', { id: 'reuse-pair', 'aria-label': 'اختر زوج المقالات' },
    pairs.map((passages, i) => el('option', { value: String(i) },
      `${label(passages[0].from_article)} ← ${label(passages[0].to_article)} (${passages.length})`)));
  const show = () => showPair(target, pairs[+chooser.value]).catch((error) => {
    clear(target).append(el('p', { class: 'error' }, `تعذّر تحميل المقالين: ${error.message}`));
  });
  chooser.addEventListener('change', show);
  show();
  return [el('label', { class: 'pair-chooser' }, 'زوج المقالات: ', chooser), target];
}
