// The UI's own addresses. Ids are encoded so an odd id can never break out of its path segment.

const enc = encodeURIComponent;

export const storyHref = (id) => `/stories/${enc(id)}`;
export const entityHref = (id) => `/entities/${enc(id)}`;
export const searchHref = (q, extra) => {
  const params = new URLSearchParams({ q, ...(extra || {}) });
  return `/search?${params}`;
};

/** An article, optionally with a passage to highlight (?hl=start-end). */
export function articleHref(id, start, end) {
  const params = new URLSearchParams();
  if (Number.isInteger(start) && Number.isInteger(end)) params.set('hl', `${start}-${end}`);
  const query = params.toString();
  return `/articles/${enc(id)}${query ? `?${query}` : ''}`;
}

/** Only web addresses become links: an article's own URL is data, and could be javascript:. */
export function safeExternalUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}
