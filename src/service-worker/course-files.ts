// Course files go through Workbox's CacheFirst with plugins, one path whoever asks: a page as it is read, the page a
// learner opened before the worker existed (workbox-routing's CACHE_URLS message), a download, an update's carry-over.
// The plugins key a file by its path (a page whatever its query string and hash), store only this build's revision of a
// course file (a page fetched from a newer deploy is shown, not stored), and note what the network last did.
import { copyResponse } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { CacheFirst } from 'workbox-strategies';
import { COURSE_INDEX, courseKey, missingFiles, selectedFiles } from '../lib/offline-download';
import { parseCourseIndex, type CourseIndex } from '../schemas/course-index';
import type { NetworkReport } from '../lib/offline';
import { cacheName, courseIndex, downloadRecord, isOurs, readJson, saveDownloadRecord, scope, storedFiles, urlOf } from './course-cache';
import type { WaitEvent } from './scope';

/** What the worker last saw of the network: the pages ask (NETWORK) rather than trust navigator.onLine. */
export let network: NetworkReport | undefined;
const saw = (failed: boolean) => void (network = { failed, at: Date.now() });

/** Tries the network now (a NETWORK question with probe) and notes what happened. */
export const probe = () =>
  fetch(urlOf(COURSE_INDEX), { method: 'HEAD', cache: 'no-store' }).then(
    () => saw(false),
    () => saw(true),
  );

const keyOf = (request: Request) => courseKey(request.url, scope());
const isExtra = (index: CourseIndex, key: string) => Object.values(index.extras).some((files) => files.includes(key));

async function revisionOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// Every course file: keyed by its path, stored only as this build's revision, the network's answer noted.
const thisBuild: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const key = keyOf(request);
    return key === undefined ? request : urlOf(key);
  },
  fetchDidSucceed: async ({ response }) => (saw(false), response),
  fetchDidFail: async () => saw(true),
  cacheWillUpdate: async ({ request, response }) => {
    const key = keyOf(request);
    const file = key === undefined ? undefined : (await courseIndex())?.files[key];
    if (!file || !response.ok) return null;
    if ((await revisionOf(await response.clone().arrayBuffer())) !== file[0]) return null;
    // A redirected response cannot answer a navigation later: stored as a plain copy.
    return response.redirected ? copyResponse(response) : response;
  },
};

/** Stores course files on request (a download, an update, a page's search fragment): cache first, else the network. */
const storing = new CacheFirst({ cacheName: cacheName(), plugins: [thisBuild], fetchOptions: { cache: 'no-cache' } });

/**
 * Answers the pages' requests for course files. A search fragment or a page's data is stored only with its page (or by
 * a download), so offline search finds only the lessons stored; a page stored brings them along.
 */
const reading = new CacheFirst({
  cacheName: cacheName(),
  plugins: [
    thisBuild,
    {
      cacheWillUpdate: async ({ request, response }) => {
        const index = await courseIndex();
        const key = keyOf(request);
        return index && key !== undefined && !isExtra(index, key) ? response : null;
      },
      cacheDidUpdate: async ({ request, event }) => {
        const extras = (await courseIndex())?.extras[keyOf(request) ?? ''] ?? [];
        await Promise.all(extras.map((key) => fetchAndKeep(key, event).catch(() => false)));
      },
    },
  ],
});

// The project compiles against the DOM library, where Workbox's ExtendableEvent has no name (scope.ts).
type HandlerOptions = Parameters<typeof storing.handleAll>[0];

const pending = new Set<Promise<unknown>>();
/** Resolves once the files being stored now are (a status then counts them). */
export const pendingStores = () => Promise.allSettled([...pending]);

/** The route's handler: a course file as `reading` answers it, its storing followed until done. */
export function readCourseFile(options: { request: Request; event: WaitEvent }): Promise<Response> {
  const [response, done] = reading.handleAll(options as HandlerOptions);
  const tracked = done.catch(() => undefined).finally(() => pending.delete(tracked));
  pending.add(tracked);
  return response;
}

/**
 * Fetches course file `key` through `storing` (a stored copy counts); resolves with whether this build's revision is
 * stored now. A failed fetch rejects with the network's own error (a TypeError), a full storage with QuotaExceededError.
 */
export async function fetchAndKeep(key: string, event: WaitEvent, signal?: AbortSignal): Promise<boolean> {
  const request = new Request(urlOf(key), signal ? { signal } : {});
  const [response, done] = storing.handleAll({ request, event } as HandlerOptions);
  // CacheFirst wraps a failed fetch in its own error; the download tells a lost network (a TypeError) by the cause.
  const failed: unknown = await response.then(
    () => undefined,
    (error: { details?: { error?: unknown } }) => error.details?.error ?? error,
  );
  await done.catch((error: unknown) => {
    if (error instanceof DOMException && error.name === 'QuotaExceededError') throw error;
  });
  if (failed) throw failed;
  return (await (await caches.open(cacheName())).match(urlOf(key))) !== undefined;
}

/**
 * On install: what an older build of the course stored comes along, unchanged files copied from its cache and changed
 * ones fetched, with the learner's download request and the files new in this build that it (or a stored page) needs.
 * A file that cannot be fetched now is left for a later download.
 */
export async function carryOver(event: WaitEvent): Promise<void> {
  const old = (await caches.keys()).filter((name) => isOurs(name) && name !== cacheName());
  if (old.length === 0) return;
  const index = await courseIndex();
  if (!index) return;
  const cache = await caches.open(cacheName());
  const chapters = new Set<string>();
  for (const name of old) {
    const previous = await caches.open(name);
    const before = parseCourseIndex(await readJson(await previous.match(urlOf(COURSE_INDEX))));
    for (const c of await downloadRecord(name)) if (index.chapters.some((ch) => ch.id === c)) chapters.add(c);
    for (const request of await previous.keys()) {
      const key = courseKey(request.url, scope());
      if (key === undefined || !index.files[key] || key === COURSE_INDEX) continue;
      const same = before?.files[key]?.[0] === index.files[key][0];
      const response = same ? await previous.match(request) : undefined;
      if (response) await cache.put(urlOf(key), response);
      else await fetchAndKeep(key, event).catch(() => false);
    }
  }
  if (chapters.size > 0) await saveDownloadRecord([...chapters]);
  // Files new in this build (search fragments are named by their content) that the download or a stored page needs.
  const stored = await storedFiles(index);
  const pages = [...stored.keys()].flatMap((key) => index.extras[key] ?? []);
  for (const key of missingFiles(index, [...new Set([...selectedFiles(index, [...chapters]), ...pages])], stored))
    await fetchAndKeep(key, event).catch(() => false);
}
