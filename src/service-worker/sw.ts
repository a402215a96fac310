// The service worker, bundled with the Workbox modules it imports at build time (src/integrations/service-worker.ts);
// workbox-build's injectManifest then writes the shell's files in place of self.__WB_MANIFEST. Course pages are not
// listed here: they are cached as they are read and downloaded on request (course-cache.ts, download.ts).
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { courseKey, coverage, type WorkerStatus } from '../lib/offline-download';
import { IGNORED_URL_PARAMETERS, NOT_FOUND_PAGE } from '../lib/offline';
import { cacheName, courseIndex, deleteOldContent, downloadRecord, removeContent, scope, storedFiles, urlOf } from './course-cache';
import { carryOver, network, pendingStores, probe, readCourseFile } from './course-files';
import { worker, type MessageWaitEvent, type WaitEvent } from './scope';
import { cancelDownload, currentDownload, download } from './download';

declare const self: ServiceWorkerGlobalScope;

// Caches named "course-…", easy to tell apart on a shared origin.
setCacheNameDetails({ prefix: 'course' });
clientsClaim();
// URLs relative to sw.js, so the same worker is right at the root and under a sub-path.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [...IGNORED_URL_PARAMETERS] });
cleanupOutdatedCaches();
addEventListener('install', (event) => (event as WaitEvent).waitUntil(carryOver(event as WaitEvent)));

let activated = Promise.resolve();
addEventListener('activate', (event) => {
  activated = deleteOldContent();
  (event as WaitEvent).waitUntil(activated);
});

// Everything else of the course (pages, the search index) goes through course-files.ts: stored as it is read.
registerRoute(({ url, request }) => request.method === 'GET' && courseKey(url.href, scope()) !== undefined, readCourseFile);
// Offline, an address the course does not have (or a page not stored) gets the course's own 404 page from the
// precache instead of the browser's error, with the status a host would send.
setCatchHandler(async ({ request }) => {
  const page = request.mode === 'navigate' ? await matchPrecache(NOT_FOUND_PAGE) : undefined;
  return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : Response.error();
});

async function status(url: string): Promise<WorkerStatus> {
  await activated;
  await pendingStores();
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
    const done = download(
      data.chapters.filter((c): c is string => typeof c === 'string'),
      e,
    );
    e.ports[0]?.postMessage(true);
    e.waitUntil(done);
  } else if (data.type === 'CANCEL') reply(cancelDownload() ?? Promise.resolve());
  else if (data.type === 'REMOVE') reply((cancelDownload() ?? Promise.resolve()).then(removeContent));
});
