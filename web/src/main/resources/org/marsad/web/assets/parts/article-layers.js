// The article page's highlight layers, each a list of marks over the article text. Entities and
// boilerplate are the article's own spans; copied passages come with the article (copied_from: this
// article is the copy, copied_by: it is the source), and so do the quotes and figures its story found
// in it (absent when the article is in no story yet).

import { entityTypeLabel, boilerplateLabel, figureKindLabel } from '../labels.js';

export const LAYERS = [
  { id: 'entities', label: 'الكيانات' },
  { id: 'quotes', label: 'الاقتباسات' },
  { id: 'figures', label: 'الأرقام' },
  { id: 'copied', label: 'النصوص المنقولة' },
  { id: 'boilerplate', label: 'النصوص المتكررة' },
];

export function layerMarks(article) {
  const spans = article.spans || [];
  const marks = {
    entities: spans.filter((s) => s.kind === 'entity').map((s) => ({
      start: s.start, end: s.end, classes: ['layer-entities', `entity-${String(s.note || '').toLowerCase()}`],
      title: entityTypeLabel(s.note || ''), data: s.entity ? { entity: s.entity } : {},
    })),
    boilerplate: spans.filter((s) => s.kind === 'boilerplate').map((s) => ({
      start: s.start, end: s.end, classes: ['layer-boilerplate'], title: boilerplateLabel(s.note || ''),
    })),
    copied: [
      ...(article.copied_from || []).map((p) => ({
        start: p.to_start, end: p.to_end, classes: ['layer-copied'], title: `منقول من ${p.from_outlet || p.from_article}`,
      })),
      ...(article.copied_by || []).map((p) => ({
        start: p.from_start, end: p.from_end, classes: ['layer-copied'], title: `نقله ${p.to_outlet || p.to_article}`,
      })),
    ],
    quotes: (article.quotes || []).map((q) => ({
      start: q.start, end: q.end, classes: ['layer-quotes'], title: q.speaker ? `قاله ${q.speaker}` : 'متحدث غير مسمى',
    })),
    figures: (article.figures || []).map((f) => ({
      start: f.start, end: f.end, classes: ['layer-figures'], title: figureKindLabel(f.kind || ''),
    })),
  };
  return marks;
}

/** Which layers have no data at all, and why, so the page can say so instead of showing nothing. */
export function missingLayers(article, marks) {
  const missing = [];
  for (const layer of LAYERS) {
    if (marks[layer.id].length) continue;
    const needsStory = layer.id === 'quotes' || layer.id === 'figures';
    missing.push(needsStory && !article.story
      ? `${layer.label}: لا توجد بيانات (لم تُعرف قصة هذا المقال)`
      : `${layer.label}: لا توجد بيانات في هذا المقال`);
  }
  return missing;
}
