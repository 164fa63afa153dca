// An article's title, or, for an article stored without one, its source id (isolated, since a file
// name or URL is left-to-right text inside a right-to-left line).

import { el } from '../dom.js';

export function articleTitle(article) {
  if (article.title) return article.title;
  return ['بلا عنوان ', el('bdi', null, `(${article.source_id || article.id})`)];
}

/** The same as plain text, for places that take a string (an <option>, the page title). */
export function articleTitleText(article) {
  return article.title || `بلا عنوان (${article.source_id || article.id})`;
}
