// The single-page app's entry: the server answers every UI address with index.html, and this picks the
// page from location.pathname. Links are ordinary links (full loads), so every page has its own URL.

import { clear, el } from './dom.js';
import { renderHome } from './pages/home.js';
import { renderStory } from './pages/story.js';
import { renderArticle } from './pages/article.js';
import { renderEntity } from './pages/entity.js';
import { renderSearch } from './pages/search.js';

const ROUTES = [
  [/^\/$/, () => renderHome],
  [/^\/stories\/([^/]+)$/, (id) => (root) => renderStory(root, id)],
  [/^\/articles\/([^/]+)$/, (id) => (root) => renderArticle(root, id)],
  [/^\/entities\/([^/]+)$/, (id) => (root) => renderEntity(root, id)],
  [/^\/search$/, () => renderSearch],
];

function pageFor(pathname) {
  for (const [pattern, page] of ROUTES) {
    const match = pattern.exec(pathname);
    if (match) return page(...match.slice(1).map(decodeURIComponent));
  }
  return null;
}

async function start() {
  const root = document.getElementById('app');
  const page = pageFor(location.pathname);
  clear(root);
  if (!page) {
    root.append(el('p', { class: 'error' }, 'الصفحة غير موجودة.'));
    return;
  }
  try {
    await page(root);
  } catch (error) {
    clear(root);
    const message = error.status === 404 ? 'غير موجود في المخزن.' : `تعذّر تحميل البيانات: ${error.message}`;
    root.append(el('p', { class: 'error', role: 'alert' }, message));
  }
  document.body.dataset.ready = 'true';
}

start();
