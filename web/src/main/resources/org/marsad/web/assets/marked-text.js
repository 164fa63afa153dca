// Lays a text out as text nodes and <span>s so that each range [start, end) given as a mark carries its
// classes. Ranges may overlap: the text is cut at every mark edge, and each piece gets the classes of
// every mark covering it. Offsets are UTF-16 code units, as the API gives them (JavaScript's slice).

/**
 * @param text  the original text (untrusted: only ever set as textContent)
 * @param marks [{start, end, classes: [..], title?, data?: {name: value}}]
 */
export function markedText(text, marks) {
  const length = text.length;
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end)
    && m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = valid.filter((m) => m.start <= from && m.end >= to);
    if (covering.length === 0) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const span = document.createElement('span');
    span.className = [...new Set(covering.flatMap((m) => m.classes))].join(' ');
    const titles = covering.map((m) => m.title).filter(Boolean);
    if (titles.length) span.title = [...new Set(titles)].join(' · ');
    for (const m of covering) {
      for (const [name, value] of Object.entries(m.data || {})) span.dataset[name] = value;
    }
    span.dataset.start = from;
    span.dataset.end = to;
    span.textContent = piece;
    fragment.append(span);
  }
  return fragment;
}

/** Reads "start-end" (from ?hl= or the #fragment) into {start, end}, or null. */
export function parseRange(value) {
  const match = /^(\d+)-(\d+)$/.exec(value || '');
  if (!match) return null;
  const start = +match[1];
  const end = +match[2];
  return start < end ? { start, end } : null;
}
