// Reads the JSON API of `marsad serve`. Errors come back as {"error","status"} and are thrown with the
// server's message so the page can say what went wrong.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, params) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('تعذّر الاتصال بالخادم', 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // A non-JSON answer: reported below by its status.
  }
  if (!response.ok) {
    throw new ApiError((body && body.error) || `HTTP ${response.status}`, response.status);
  }
  if (body === null) throw new ApiError('جواب الخادم ليس JSON', response.status);
  return body;
}

const articleCache = new Map();

/** One article (text, spans, reuse), fetched once per page even when several parts need it. */
export function getArticle(id) {
  if (!articleCache.has(id)) articleCache.set(id, getJson(`/api/articles/${encodeURIComponent(id)}`));
  return articleCache.get(id);
}
