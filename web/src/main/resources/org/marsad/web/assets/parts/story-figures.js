// The counted figures as a table; figures that outlets disagree on are highlighted, and each
// disagreement is listed with every claim and its outlet.

import { el, noData } from '../dom.js';
import { figureKindLabel, qualifierLabel } from '../labels.js';
import { citationLink } from './citation.js';

// By start: a list claim («5 دول غربية هي ...») runs past its figure («5 دول») but starts with it.
const claimKey = (c) => `${c.article}:${c.start}`;

function valueText(figure) {
  if (!Number.isFinite(figure.value)) return '—';
  const qualifier = figure.qualifier ? `${qualifierLabel(figure.qualifier)} ` : '';
  const upper = Number.isFinite(figure.upper) ? `–${figure.upper.toLocaleString('ar-u-nu-latn')}` : '';
  return `${qualifier}${figure.value.toLocaleString('ar-u-nu-latn')}${upper}${figure.approx ? ' (تقريبي)' : ''}`;
}

function figuresTable(story, disputed) {
  const headers = ['الرقم كما ورد', 'النوع', 'القيمة', 'من عُدّ', 'المكان', 'الفترة'];
  return el('div', { class: 'table-wrap' }, el('table', { class: 'figures' },
    el('thead', null, el('tr', null, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, (story.figures || []).map((figure) =>
      el('tr', { class: disputed.has(claimKey(figure)) ? 'disputed' : null },
        el('td', null, citationLink(figure)),
        el('td', null, figureKindLabel(figure.kind || '')),
        el('td', { class: 'number' }, valueText(figure)),
        el('td', null, figure.group ? figureKindLabel(figure.group) : '—'),
        el('td', null, figure.place || '—'),
        el('td', null, figure.period || '—'))))));
}

// Why the claims cannot all be right: the numbers differ, a list names more or fewer than its count, or
// lists of one group name different members.
function reasonText(d) {
  if (d.reason === 'count_vs_named') {
    const claim = (d.claims || [])[0] || {};
    const named = (claim.members || []).length;
    return `القائمة تسمّي ${named} من ${claim.value} كما عدّتها`;
  }
  if (d.reason === 'members') return `أسماء لا ترد في كل القوائم: ${(d.unshared || []).join('، ')}`;
  return 'الأرقام مختلفة';
}

function disagreementList(story) {
  return el('ul', { class: 'disagreements' }, story.disagreements.map((d) =>
    el('li', { class: 'disagreement' },
      el('strong', null, [figureKindLabel(d.kind || ''), d.group, d.place, d.period].filter(Boolean).join(' · ')),
      el('p', { class: 'reason' }, reasonText(d)),
      el('ul', null, (d.claims || []).map((claim) =>
        el('li', null, el('span', { class: 'outlet' }, `${claim.outlet || 'منفذ غير معروف'}: `),
          citationLink(claim), ` (${valueText(claim)})`))))));
}

export function storyFigures(story) {
  const disagreements = story.disagreements || [];
  const disputed = new Set(disagreements.flatMap((d) => (d.claims || []).map(claimKey)));
  return [
    (story.figures || []).length ? figuresTable(story, disputed) : noData('عن الأرقام في هذه القصة'),
    el('h3', null, 'الخلافات بين المنافذ'),
    disagreements.length ? disagreementList(story)
      : el('p', { class: 'no-data' }, 'لا توجد خلافات في الأرقام بين مقالات هذه القصة.'),
  ];
}
