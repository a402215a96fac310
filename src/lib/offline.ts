// Pure rules behind offline support: what the service worker precaches (the shell) and what is course content
// (downloaded on request, see offline-download.ts), when a click on a link should first switch to a waiting new version
// of the course, and whether the course is offline. What the status line says is in offline-status.ts.

/** The page a learner gets offline for an address the course does not have, relative to the service worker. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * Built files a learner never needs offline (crawler files, host configuration, the worker and its course index), and
 * the print editions' PDFs (npm run pdf): megabytes each, while their print pages, which print the same, are downloaded.
 */
export const PRECACHE_IGNORE = [
  'sw.js',
  'offline-index.json',
  'robots.txt',
  'sitemap-index.xml',
  'sitemap-*.xml',
  '_headers',
  '_redirects',
  'print/*.pdf',
] as const;

/**
 * The shell, precached on the first visit whatever the size of the course: styles and every page script and widget
 * (the chart too), the 404 page, the review page (it brings back questions from the lesson pages stored, so it must open
 * offline even if never opened before), icons, the app manifest and the search runtime (not its index). Everything else the
 * build writes (pages, the search index and fragments) is course content: cached as it is read, or downloaded.
 */
export const SHELL_GLOBS = [
  '_astro/**',
  NOT_FOUND_PAGE,
  'review/index.html',
  'icons/**',
  'manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
] as const;

/**
 * Query parameters a precached copy answers for whatever their value: all of them. A static host serves the same file
 * whatever the query string, and the widgets keep their state in it (?approach=no.yes, a calculator scenario), so a
 * shared link must open offline too.
 */
export const IGNORED_URL_PARAMETERS = [/./] as const;

// Pagefind also writes ready-made UIs (pagefind-ui.js, the modular and component UIs, the highlighter) and a
// wasm build per stemming language: the course has its own small search box and loads only the wasm its
// index names, so the rest would only add weight to the build and the precache.
const PAGEFIND_UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|playground\/)/;

/** The wasm builds a Pagefind index loads, read from its pagefind-entry.json ("unknown" for unstemmed languages). */
export function pagefindWasmNames(entryJson: string): Set<string> {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string | null }> };
  return new Set(Object.values(entry.languages ?? {}).map((lang) => lang.wasm || 'unknown'));
}

/** True for the Pagefind files the search box loads at run time: pagefind.js, its worker, the index and its wasm. */
export function isPagefindRuntimeFile(path: string, wasmNames: ReadonlySet<string>): boolean {
  if (PAGEFIND_UNUSED.test(path)) return false;
  const wasm = /^wasm\.(.+)\.pagefind$/.exec(path);
  return wasm ? wasmNames.has(wasm[1] ?? '') : true;
}

/** What the page knows about a click on a link. */
export interface LinkClick {
  href: string;
  target: string;
  download: boolean;
  button: number;
  modified: boolean;
}

/**
 * True when a click will load another page of this course in this tab: the moment to switch to a waiting
 * new version, so the learner lands on new content rather than a mix of two builds.
 */
export function isCourseNavigation(click: LinkClick, current: string, scope: string): boolean {
  if (click.button !== 0 || click.modified || click.download || (click.target !== '' && click.target !== '_self')) return false;
  let to: URL;
  let from: URL;
  try {
    to = new URL(click.href, current);
    from = new URL(current);
  } catch {
    return false;
  }
  if (to.origin !== from.origin || !to.href.startsWith(new URL(scope, current).href)) return false;
  // A jump to a section of the same page is not a page load.
  return !(to.pathname === from.pathname && to.search === from.search);
}

/** What the service worker saw of the network last: whether its last request to it failed, and when (ms since 1970). */
export interface NetworkReport {
  failed: boolean;
  at: number;
}

// A report older than this says little about the network now.
const FRESH_MS = 5 * 60_000;

/** Whether the course is offline: a fresh report from the worker decides; without one, the browser's `onLine` hint. */
export function isOffline(report: NetworkReport | undefined, onLine: boolean, now: number): boolean {
  const fresh = report && typeof report.failed === 'boolean' && Number.isFinite(report.at) && now - report.at < FRESH_MS;
  return fresh ? report.failed : !onLine;
}
