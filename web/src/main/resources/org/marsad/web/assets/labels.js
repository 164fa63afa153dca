// Arabic names for the codes the API uses; an unknown code is shown as it is.

const ENTITY_TYPES = { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة', MISC: 'أخرى' };
const FIGURE_KINDS = {
  killed: 'قتلى', injured: 'جرحى', fled: 'نازحون', arrested: 'معتقلون', missing: 'مفقودون',
  troops: 'قوات', civilians: 'مدنيون', children: 'أطفال', countries: 'دول', other: 'أخرى',
};
const QUALIFIERS = { more_than: 'أكثر من', at_least: 'على الأقل', about: 'نحو', less_than: 'أقل من' };
const ORIGINS = {
  earlier: 'نُشر المصدر قبل النسخة',
  wire: 'المصدر وكالة أنباء',
  stored_first: 'المصدر خُزّن أولاً (تقدير ضعيف)',
};
const BOILERPLATE_NOTES = {
  'read-also': 'اقرأ أيضاً', 'image-notice': 'تعليق صورة', 'share-prompt': 'دعوة للمشاركة',
  'repeated-line': 'سطر مكرر',
};

const pick = (table, code) => (code in table ? table[code] : code);

export const entityTypeLabel = (code) => pick(ENTITY_TYPES, code);
export const figureKindLabel = (code) => pick(FIGURE_KINDS, code);
export const qualifierLabel = (code) => pick(QUALIFIERS, code);
export const originLabel = (code) => pick(ORIGINS, code);
export const boilerplateLabel = (code) => pick(BOILERPLATE_NOTES, code);

/** «1 مقال», «3 مقالات», «11 مقالاً»-style agreement kept simple: the plural from 2 to 10, else the singular. */
export function countOf(n, singular, plural) {
  return `${n} ${n >= 2 && n <= 10 ? plural : singular}`;
}
