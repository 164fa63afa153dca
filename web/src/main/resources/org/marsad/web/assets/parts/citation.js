// A cited passage: the words, linked to the place in the article they come from.

import { el } from '../dom.js';
import { articleHref } from '../links.js';

export function citationLink(item, text) {
  return el('a', {
    class: 'citation',
    href: articleHref(item.article, item.start, item.end),
    'data-article': item.article,
  }, text ?? item.text);
}
