// Entities as chips that link to their entity page.

import { el } from '../dom.js';
import { entityHref } from '../links.js';
import { entityTypeLabel } from '../labels.js';

export function entityChip(entity) {
  const label = entity.name || entity.id;
  const count = Number.isInteger(entity.mentions) ? ` (${entity.mentions})` : '';
  return el('a', {
    class: `chip chip-${String(entity.type || 'MISC').toLowerCase()}`,
    href: entityHref(entity.id),
    title: entityTypeLabel(entity.type || ''),
  }, label, count);
}

export function entityChips(entities) {
  return el('ul', { class: 'chips' }, entities.map((e) => el('li', null, entityChip(e))));
}
