import { isSearchShortcut } from '../lib/keyboard';

/** Wires the header search box: the shortcut key, and loading the search code on first use. */
export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const input = root?.querySelector<HTMLInputElement>('input');
  if (root && input) {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      import('../components/search/search-box')
        .then(({ startSearchBox }) => startSearchBox(root, input))
        .catch(() => {
          started = false;
        });
    };
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
    // A module script runs once the page is parsed: a learner may already be in the box, or have typed a query.
    if (document.activeElement === input || input.value !== '') start();
    document.addEventListener('keydown', (e) => {
      if (!isSearchShortcut(e.key, e, e.target instanceof HTMLElement ? e.target : null)) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }
}
