// The timeline part: the chart, then every dated statement in order with its date and citation.

import { el } from '../dom.js';
import { formatDate } from '../dates.js';
import { citationLink } from './citation.js';
import { timelineChart } from './timeline-chart.js';

export function storyTimeline(story) {
  const entries = story.timeline || [];
  return [
    timelineChart(entries),
    el('ol', { class: 'timeline-list' }, entries.map((entry) =>
      el('li', null,
        el('time', { datetime: entry.date }, entry.since ? 'منذ ' : '', formatDate(entry.date, entry.precision) || entry.date),
        ' ', citationLink(entry)))),
  ];
}
