// Builds DOM nodes from data without ever parsing data as HTML: every string becomes a text node, so
// article text and titles (untrusted) can hold any markup and still show as plain text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function setProps(node, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on')) {
      // Handlers are functions only: a string here would be an inline script, which data must never become.
      if (typeof value !== 'function') throw new TypeError(`${key} must be a function`);
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, value === true ? '' : String(value));
  }
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** el('a', {href, class}, 'text', otherNode, ...) */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  return append(node, children);
}

export function svg(tag, props, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setProps(node, props);
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** The plain «no data» line every part shows instead of guessing. */
export function noData(what) {
  return el('p', { class: 'no-data' }, `لا توجد بيانات ${what}.`);
}

export function section(id, title, ...children) {
  return el('section', { id, class: 'part', 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title` }, title), ...children);
}
