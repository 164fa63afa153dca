// An article: its original text with toggles for each highlight layer, and the passage asked for
// (?hl=start-end or #start-end) highlighted and scrolled into view.

import { el } from '../dom.js';
import { getArticle, getJson } from '../api.js';
import { articleHref, entityHref, safeExternalUrl, storyHref } from '../links.js';
import { formatDate } from '../dates.js';
import { countOf } from '../labels.js';
import { markedText, parseRange } from '../marked-text.js';
import { articleTitle, articleTitleText } from '../parts/article-title.js';
import { LAYERS, layerMarks, missingLayers } from '../parts/article-layers.js';

async function storyOf(article) {
  if (!article.story) return null;
  try {
    return await getJson(`/api/stories/${encodeURIComponent(article.story)}`);
  } catch (error) {
    return { id: article.story }; // the link still works; only its title is missing
  }
}

function toggles(textBox) {
  return el('fieldset', { class: 'layer-toggles' },
    el('legend', null, 'إبراز'),
    LAYERS.map((layer) => {
      const box = el('input', { type: 'checkbox', id: `toggle-${layer.id}`, checked: true, 'data-layer': layer.id });
      textBox.classList.add(`show-${layer.id}`);
      box.addEventListener('change', () => textBox.classList.toggle(`show-${layer.id}`, box.checked));
      return el('label', { class: `toggle toggle-${layer.id}`, for: `toggle-${layer.id}` }, box, ' ', layer.label);
    }));
}

function reuseList(title, passages, otherSide) {
  if (!passages || passages.length === 0) return null;
  return el('div', { class: 'reuse-list' }, el('h3', null, title), el('ul', null, passages.map((p) => {
    const other = otherSide === 'from'
      ? { id: p.from_article, outlet: p.from_outlet, start: p.from_start, end: p.from_end }
      : { id: p.to_article, outlet: p.to_outlet, start: p.to_start, end: p.to_end };
    return el('li', null, el('a', { href: articleHref(other.id, other.start, other.end) },
      `${other.outlet || 'منفذ غير معروف'} (${countOf(p.words, 'كلمة', 'كلمات')}، تشابه ${p.score})`));
  })));
}

export async function renderArticle(root, id) {
  const params = new URLSearchParams(location.search);
  const article = await getArticle(id);
  const story = await storyOf(article);
  document.title = `مرصد — ${articleTitleText(article)}`;
  const text = article.text || '';
  const marks = layerMarks(article);
  const target = parseRange(params.get('hl')) || parseRange(location.hash.slice(1));
  const all = Object.values(marks).flat();
  if (target) all.push({ ...target, classes: ['hl'], title: 'المقطع المستشهد به' });

  const textBox = el('div', { class: 'article-text', id: 'article-text' });
  textBox.append(text ? markedText(text, all) : el('p', { class: 'no-data' }, 'لا يوجد نص لهذا المقال.'));
  textBox.addEventListener('click', (event) => {
    const entity = event.target.closest('[data-entity]');
    if (entity && textBox.classList.contains('show-entities')) location.href = entityHref(entity.dataset.entity);
  });
  const url = safeExternalUrl(article.url);
  root.append(el('header', { class: 'page-head' },
    el('p', { class: 'kicker' }, `مقال ${article.id}`),
    el('h1', null, articleTitle(article)),
    el('p', { class: 'meta' },
      el('span', null, article.outlet || 'المنفذ غير معروف'),
      el('span', null, formatDate(article.published) || 'التاريخ غير معروف'),
      url ? el('a', { href: url, rel: 'noopener noreferrer' }, 'المصدر الأصلي') : null,
      story ? el('a', { href: storyHref(story.id) }, `القصة: ${story.title || story.id}`) : null),
    article.duplicate_of ? el('p', { class: 'notice' }, 'نسخة شبه مطابقة من ',
      el('a', { href: articleHref(article.duplicate_of) }, article.duplicate_of)) : null));
  root.append(toggles(textBox));
  const missing = missingLayers(article, marks);
  if (missing.length) root.append(el('ul', { class: 'no-data layer-notes' }, missing.map((m) => el('li', null, m))));
  root.append(textBox);
  root.append(reuseList('نقل هذا المقال من', article.copied_from, 'from'),
    reuseList('نقل عن هذا المقال', article.copied_by, 'to'));
  if (target) {
    const first = textBox.querySelector('.hl');
    if (first) first.scrollIntoView({ block: 'center' });
    else root.prepend(el('p', { class: 'notice' }, 'المقطع المطلوب خارج نص المقال.'));
  }
}
