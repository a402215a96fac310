// The service worker, bundled with the Workbox modules it imports at build time (src/integrations/service-worker.ts);
// workbox-build's injectManifest then writes the shell's files in place of self.__WB_MANIFEST. Course pages are not
// listed here: they are cached as they are read and downloaded on request (course-cache.ts, download.ts).
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { RouteHandlerCallbackOptions } from 'workbox-core';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { COURSE_INDEX, courseKey, coverage, type WorkerStatus } from '../lib/offline-download';
import { IGNORED_URL_PARAMETERS, NOT_FOUND_PAGE } from '../lib/offline';
import {
  carryOver,
  courseIndex,
  deleteOldContent,
  downloadRecord,
  fetchAndKeep,
  keep,
  removeContent,
  scope,
  storedFiles,
  urlOf,
  cacheName,
} from './course-cache';
import { worker, type MessageWaitEvent, type WaitEvent } from './scope';
import { cancelDownload, currentDownload, download } from './download';

declare const self: ServiceWorkerGlobalScope;

// Caches named "course-…", easy to tell apart on a shared origin.
setCacheNameDetails({ prefix: 'course' });
clientsClaim();
// URLs relative to sw.js, so the same worker is right at the root and under a sub-path.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [...IGNORED_URL_PARAMETERS] });
cleanupOutdatedCaches();
addEventListener('install', (event) => (event as WaitEvent).waitUntil(carryOver()));

// The page the learner opened before this worker existed is stored once it takes over, with its search fragment.
async function storeOpenPages(): Promise<void> {
  const index = await courseIndex();
  if (!index) return;
  const stored = await storedFiles(index);
  const pages = (await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => courseKey(c.url, scope()));
  const keys = pages.flatMap((key) => (key === undefined ? [] : [key, ...(index.extras[key] ?? [])]));
  await Promise.all([...new Set(keys)].filter((key) => !stored.has(key)).map((key) => fetchAndKeep(index, key).catch(() => false)));
}
let activated = Promise.resolve();
addEventListener('activate', (event) => {
  activated = deleteOldContent().then(storeOpenPages);
  (event as WaitEvent).waitUntil(activated);
});

// What the worker last saw of the network: the pages ask (NETWORK) rather than trust navigator.onLine, which reads
// true on a network that reaches nothing. Asked to probe, it tries the network first.
let network: { failed: boolean; at: number } | undefined;
async function fromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    network = { failed: false, at: Date.now() };
    return response;
  } catch (error) {
    network = { failed: true, at: Date.now() };
    throw error;
  }
}
const probe = () => fromNetwork(new Request(urlOf(COURSE_INDEX), { method: 'HEAD', cache: 'no-store' })).catch(() => undefined);

// Everything else of the course: from its cache (a page whatever its query string and hash), else from the network,
// stored if it is a course file of this build (a page as it is read, the search index as it is used).
async function courseFile({ request, event }: RouteHandlerCallbackOptions): Promise<Response> {
  const key = courseKey(request.url, scope());
  const hit = key === undefined ? undefined : await (await caches.open(cacheName())).match(urlOf(key));
  if (hit) return hit;
  const response = await fromNetwork(request);
  if (key !== undefined && response.ok) {
    const copy = response.clone();
    const extras = async () => {
      const index = await courseIndex();
      // A search fragment is stored with its page (or a download), so offline search finds only the lessons stored.
      if (!index?.files[key] || Object.values(index.extras).some((files) => files.includes(key))) return;
      if (!(await keep(index, key, copy))) return;
      const stored = await storedFiles(index);
      for (const extra of index.extras[key] ?? []) if (!stored.has(extra)) await fetchAndKeep(index, extra).catch(() => false);
    };
    event.waitUntil(extras().catch(() => undefined));
  }
  return response;
}
registerRoute(({ url, request }) => request.method === 'GET' && courseKey(url.href, scope()) !== undefined, courseFile);
// Offline, an address the course does not have (or a page not stored) gets the course's own 404 page from the
// precache instead of the browser's error, with the status a host would send.
setCatchHandler(async ({ request }) => {
  const page = request.mode === 'navigate' ? await matchPrecache(NOT_FOUND_PAGE) : undefined;
  return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : Response.error();
});

async function status(url: string): Promise<WorkerStatus> {
  await activated;
  const index = await courseIndex();
  const stored = index ? await storedFiles(index) : new Map<string, string>();
  const key = courseKey(url, scope());
  const cached = key !== undefined && (await caches.open(cacheName()).then((c) => c.match(urlOf(key)))) !== undefined;
  return { coverage: index && coverage(index, stored), pageStored: cached, asked: await downloadRecord(), progress: currentDownload() };
}

// Messages from the pages: a new build waits until a page asks for it (the "Update now" button, or the learner's next
// link); the download control asks what is stored, downloads, cancels and removes. Answers go back on the message's port.
addEventListener('message', (event) => {
  const e = event as unknown as MessageWaitEvent;
  const data = (e.data ?? {}) as { type?: unknown; url?: unknown; chapters?: unknown; probe?: unknown };
  const reply = (work: Promise<unknown>) =>
    e.waitUntil(work.then((answer) => e.ports[0]?.postMessage(answer ?? null)).catch(() => e.ports[0]?.postMessage(null)));
  if (data.type === 'SKIP_WAITING') void worker.skipWaiting();
  else if (data.type === 'STATUS') reply(status(String(data.url ?? '')));
  else if (data.type === 'NETWORK') reply((data.probe === true ? probe() : Promise.resolve()).then(() => network));
  else if (data.type === 'DOWNLOAD' && Array.isArray(data.chapters)) {
    const done = download(data.chapters.filter((c): c is string => typeof c === 'string'));
    e.ports[0]?.postMessage(true);
    e.waitUntil(done);
  } else if (data.type === 'CANCEL') reply(cancelDownload() ?? Promise.resolve());
  else if (data.type === 'REMOVE') reply((cancelDownload() ?? Promise.resolve()).then(removeContent));
});
