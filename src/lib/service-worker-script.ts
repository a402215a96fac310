import { IGNORED_URL_PARAMETERS } from './offline.ts';

/** One file to precache: its URL relative to sw.js, and its revision (null when the name already carries a hash). */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The Workbox packages the worker runs, in the order their production builds must load (each uses the ones before). */
export const WORKBOX_RUNTIME = ['workbox-core', 'workbox-routing', 'workbox-strategies', 'workbox-precaching'] as const;

/** Cache names start with this, so the course's caches are easy to tell apart on a shared origin. */
export const CACHE_PREFIX = 'course';

/**
 * The service worker: Workbox's own production builds (`runtime`, in WORKBOX_RUNTIME order), then its setup. It
 * precaches `entries` and answers from them (a folder URL from its index.html, tracking parameters ignored); a new
 * worker waits until a page posts SKIP_WAITING, then claims the open pages; precaches of older Workbox versions are
 * deleted. Older builds' files need no cleanup: one precache holds each URL at its latest revision.
 */
export function serviceWorkerScript(runtime: readonly string[], entries: readonly PrecacheEntry[]): string {
  const options = `{directoryIndex:'index.html',ignoreURLParametersMatching:[${IGNORED_URL_PARAMETERS.map(String).join(',')}]}`;
  return [
    // The source maps are not shipped, so their comments would only make browsers ask for missing files.
    ...runtime.map((code) => code.replace(/\s*\/\/# sourceMappingURL=\S*\s*$/, '')),
    `workbox.core.setCacheNameDetails({prefix:'${CACHE_PREFIX}'});`,
    "self.addEventListener('message',(e)=>{if(e.data&&e.data.type==='SKIP_WAITING')self.skipWaiting()});",
    'workbox.core.clientsClaim();',
    `workbox.precaching.precacheAndRoute(${JSON.stringify(entries)},${options});`,
    'workbox.precaching.cleanupOutdatedCaches();',
    '',
  ].join('\n');
}
