// Draws a story's timeline as an SVG: one dot per dated statement on a time axis read right to left
// (oldest on the right, as Arabic reads), dots of one date stacked. Each dot links to its passage.

import { el, svg } from '../dom.js';
import { parseIsoDate, formatDate } from '../dates.js';
import { articleHref } from '../links.js';

const WIDTH = 800;
// Wide enough for a centred date label at either end.
const MARGIN = 100;
const STEP = 16;
const MAX_LEVELS = 8;

export function timelineChart(entries) {
  const dated = entries
    .map((entry) => ({ entry, time: parseIsoDate(entry.date)?.getTime() }))
    .filter((d) => Number.isFinite(d.time));
  if (dated.length === 0) return el('p', { class: 'no-data' }, 'لا توجد بيانات عن تواريخ يمكن رسمها.');
  const min = Math.min(...dated.map((d) => d.time));
  const max = Math.max(...dated.map((d) => d.time));
  const x = (time) => (max === min ? WIDTH / 2 : WIDTH - MARGIN - ((time - min) / (max - min)) * (WIDTH - 2 * MARGIN));
  const perDate = new Map();
  for (const d of dated) perDate.set(d.time, (perDate.get(d.time) || 0) + 1);
  const levels = Math.min(MAX_LEVELS, Math.max(...perDate.values()));
  const axisY = 24 + levels * STEP;
  // A date known only to the month or year is labelled as such, not as its first day.
  const label = (time) => {
    const at = dated.find((d) => d.time === time).entry;
    return formatDate(at.date, at.precision);
  };
  const stacked = new Map();
  const chart = svg('svg', {
    class: 'timeline-chart', viewBox: `0 0 ${WIDTH} ${axisY + 50}`, role: 'img',
    'aria-label': `خط زمني من ${label(min)} إلى ${label(max)}`,
  });
  chart.append(svg('line', { class: 'axis', x1: MARGIN, x2: WIDTH - MARGIN, y1: axisY, y2: axisY }));
  for (const time of new Set([min, max])) {
    chart.append(svg('text', { class: 'tick', x: x(time), y: axisY + 30, 'text-anchor': 'middle' }, label(time)));
  }
  for (const { entry, time } of dated) {
    const level = stacked.get(time) || 0;
    stacked.set(time, level + 1);
    const cy = axisY - 12 - level * STEP;
    if (level >= MAX_LEVELS) continue; // more statements on one day than fit: the list below has them all
    const link = svg('a', { href: articleHref(entry.article, entry.start, entry.end) },
      svg('circle', { class: `dot precision-${entry.precision || 'day'}`, cx: x(time), cy, r: 6 },
        svg('title', null, `${formatDate(entry.date, entry.precision) || entry.date}: ${entry.text}`)));
    chart.append(link);
  }
  return chart;
}
