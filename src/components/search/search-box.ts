// The search box's behaviour, loaded on first use: fetches Pagefind from the build, runs searches as the learner
// types, and renders lessons with their matching sections. Results are built from text nodes, never parsed as HTML.
import panelStyles from './search-panel.css?inline';
import { notDownloadedNote, offlineNoResultsNote } from '../../lib/offline-download';
import { excerptParts, planQuery, searchSummary, toLessonHits, type LessonHit, type PagefindResultData } from '../../lib/search';
import { offlineNow } from '../../scripts/offline-worker';

interface PagefindModule {
  options(opts: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, opts?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_LESSONS = 6;

// An element with its class and children: results are built from elements and text nodes, never from HTML.
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, title: string, className: string, excerpt?: string): HTMLAnchorElement {
  const a = Object.assign(el('a', '', el('span', className, title)), { href });
  if (excerpt) a.append(el('span', 'result-excerpt', ...excerptParts(excerpt).map((part) => (part.mark ? el('mark', '', part.text) : part.text))));
  return a;
}

function renderHits(list: HTMLElement, hits: LessonHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = el('li', 'result-page', link(hit.url, hit.lesson, 'result-lesson', hit.sections.length === 0 ? hit.excerpt : undefined));
      if (hit.sections.length > 0) {
        const sections = el('ul', '', ...hit.sections.map((s) => el('li', '', link(s.url, s.title, 'result-section', s.excerpt))));
        sections.setAttribute('aria-label', `Sections of ${hit.lesson}`);
        item.append(sections);
      }
      return item;
    }),
  );
}

// The results panel and its announcements exist only once the search runs: every page's HTML is the lighter for it.
function resultsPanel(root: HTMLElement, input: HTMLInputElement) {
  const status = el('p', 'sr-only');
  status.setAttribute('aria-live', 'polite');
  const summary = el('p', 'search-summary');
  const list = el('ol', 'search-results');
  list.setAttribute('aria-label', 'Search results');
  const panel = Object.assign(el('div', 'search-panel', summary, list), { id: 'site-search-panel', hidden: true });
  root.append(status, panel);
  // Its styles come with this code rather than in every page's inline stylesheet.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelStyles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  input.setAttribute('aria-controls', panel.id);
  return { panel, summary, list, status };
}

/** Wires the search box inside `root`: loads Pagefind, searches on input, and handles the keyboard. */
export function startSearchBox(root: HTMLElement, input: HTMLInputElement): void {
  // data-base is Astro's BASE_URL ("/" or "/course/"); Pagefind sits in the build under it.
  const base = root.dataset['base'] ?? '/';
  const { panel, summary, list, status } = resultsPanel(root, input);
  let pagefind: Promise<PagefindModule> | undefined;

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ new URL('pagefind/pagefind.js', new URL(base, location.href)).href) as Promise<PagefindModule>).then(
      async (pf) => {
        await pf.options({ baseUrl: base, excerptLength: 18 });
        return pf;
      },
    ));
  const show = (text: string) => {
    summary.textContent = text;
    status.textContent = text;
    panel.hidden = false;
  };
  let dismissed = false; // Escape closes the results until the query changes, even as focus returns to the box
  const close = () => {
    panel.hidden = true;
  };

  const run = async () => {
    const query = input.value.trim();
    const plan = planQuery(query);
    if (!plan || 'note' in plan) {
      list.replaceChildren();
      if (plan) show(plan.note);
      else {
        status.textContent = '';
        close();
      }
      return;
    }
    try {
      const search = await (await load()).debouncedSearch(plan.search, {}, 150);
      if (search === null) return; // a newer keystroke superseded this search
      // Offline, a lesson that is not downloaded has no stored text: it is counted, not shown.
      const settled = await Promise.allSettled(search.results.slice(0, MAX_LESSONS).map((r) => r.data()));
      if (input.value.trim() !== query) return;
      const hits = toLessonHits(settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
      renderHits(list, hits);
      const missing = settled.filter((r) => r.status === 'rejected').length;
      // Offline without a download, Pagefind finds nothing for a word whose index part is not stored: say why.
      const offline = hits.length + missing === 0 && (await offlineNow());
      if (input.value.trim() !== query) return;
      show(searchSummary(query, hits) + notDownloadedNote(missing) + offlineNoResultsNote(hits.length + missing, !offline));
    } catch {
      pagefind = undefined;
      list.replaceChildren();
      show(
        !(await offlineNow())
          ? 'Search could not load. Check your connection and try again.'
          : 'Search works offline once the course (or a chapter) is downloaded: see the home page.',
      );
    }
  };

  input.addEventListener('input', () => {
    dismissed = false;
    void run();
  });
  void load().catch(() => (pagefind = undefined));
  if (input.value.trim() !== '') void run();

  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() !== '' && summary.textContent) panel.hidden = false;
  });
  // The arrows go from the box through the results and back; Enter in the box opens the first; Escape closes them.
  root.addEventListener('keydown', (e) => {
    if (panel.hidden) return;
    const all = [...panel.querySelectorAll('a')];
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || (e.key === 'ArrowUp' && at >= 0)) {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (e.key === 'Enter' && e.target === input) all[0]?.click();
    else if (e.key === 'Escape') {
      e.preventDefault();
      dismissed = true;
      close();
      input.focus();
    }
  });
  // A chosen result navigates (or jumps within this page), so the panel gets out of the way.
  panel.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('a')) close();
  });
  // Tabbing away or pressing anywhere else closes the panel; a press inside it (even on text) keeps it open.
  root.addEventListener('focusout', (e) => {
    if (e.relatedTarget instanceof Node && !root.contains(e.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (e) => {
    if (e.target instanceof Node && !root.contains(e.target)) close();
  });
}
