// The course cache: pages and search files beyond the shell, cached as they are read or downloaded on request. One cache
// per build (its name carries the course index's revision), so a page never mixes two builds: a new worker copies what
// did not change from the old cache, fetches what changed, and the old cache goes when it takes over.
import { worker } from './scope';
import { COURSE_INDEX, DOWNLOAD_RECORD, courseKey, missingFiles, parseCourseIndex, selectedFiles, type CourseIndex } from '../lib/offline-download';

/** This build's course index revision, written in by the build (src/integrations/service-worker.ts). */
export const REVISION = '__COURSE_REVISION__';
const PREFIX = 'course-content-';

/** The worker's scope URL ("https://host/course/"). */
export const scope = () => worker.registration.scope;
/** The name of this build's course cache. */
export const cacheName = () => `${PREFIX}${REVISION}-${scope()}`;
/** The absolute URL of a course key. */
export const urlOf = (key: string) => new URL(key, scope()).href;
const isOurs = (name: string) => name.startsWith(PREFIX) && name.endsWith(`-${scope()}`);

const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

async function readJson(response: Response | undefined): Promise<unknown> {
  try {
    return response ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

let loading: Promise<CourseIndex | undefined> | undefined;

/** This build's course index: from its cache, else the network; undefined when it is missing, corrupt or another build's. */
export function courseIndex(): Promise<CourseIndex | undefined> {
  loading ??= (async () => {
    const cache = await caches.open(cacheName());
    const cached = parseCourseIndex(await readJson(await cache.match(urlOf(COURSE_INDEX))));
    if (cached?.revision === REVISION) return cached;
    const fetched = parseCourseIndex(
      await readJson(await fetch(`${urlOf(COURSE_INDEX)}?v=${REVISION}`, { cache: 'no-store' }).catch(() => undefined)),
    );
    // Another revision is a newer deploy's: its own worker will come, this one keeps what it has.
    if (fetched?.revision !== REVISION) return undefined;
    await cache.put(urlOf(COURSE_INDEX), json(fetched));
    return fetched;
  })().then((index) => {
    if (!index) loading = undefined;
    return index;
  });
  return loading;
}

/** The chapters the learner asked to download (kept in the cache, so an update and a resume know them). */
export async function downloadRecord(name = cacheName()): Promise<string[]> {
  const value = await readJson(await (await caches.open(name)).match(urlOf(DOWNLOAD_RECORD)));
  const chapters = (value as { chapters?: unknown } | undefined)?.chapters;
  return Array.isArray(chapters) ? chapters.filter((c): c is string => typeof c === 'string') : [];
}

/** Records the chapters asked for; an empty list forgets the request. */
export async function saveDownloadRecord(chapters: readonly string[]): Promise<void> {
  const cache = await caches.open(cacheName());
  if (chapters.length === 0) await cache.delete(urlOf(DOWNLOAD_RECORD));
  else await cache.put(urlOf(DOWNLOAD_RECORD), json({ chapters }));
}

/** The course files stored now, with this build's revision of each (everything in this build's cache is of this build). */
export async function storedFiles(index: CourseIndex): Promise<Map<string, string>> {
  const keys = await (await caches.open(cacheName())).keys();
  const stored = new Map<string, string>();
  for (const request of keys) {
    const key = courseKey(request.url, scope());
    const file = key === undefined ? undefined : index.files[key];
    if (file) stored.set(key!, file[0]);
  }
  return stored;
}

async function revisionOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Stores `response` as course file `key` if it is this build's revision of it (a page fetched from a newer deploy is
 * shown, not stored). Returns whether it did; a full storage throws QuotaExceededError.
 */
export async function keep(index: CourseIndex, key: string, response: Response): Promise<boolean> {
  const file = index.files[key];
  if (!file || !response.ok) return false;
  const body = await response.arrayBuffer();
  if ((await revisionOf(body)) !== file[0]) return false;
  const headers = new Headers(response.headers);
  await (await caches.open(cacheName())).put(urlOf(key), new Response(body, { status: response.status, statusText: response.statusText, headers }));
  return true;
}

/** Fetches course file `key` from the network and stores it; false when it was not this build's or not there. */
export async function fetchAndKeep(index: CourseIndex, key: string, signal?: AbortSignal): Promise<boolean> {
  const response = await fetch(urlOf(key), { cache: 'no-cache', ...(signal ? { signal } : {}) });
  return keep(index, key, response);
}

/**
 * On install: what an older build of the course stored comes along, unchanged files copied from its cache and changed
 * ones fetched, with the learner's download request and the files new in this build that it (or a stored page) needs.
 * A file that cannot be fetched now is left for a later download.
 */
export async function carryOver(): Promise<void> {
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
      else await fetchAndKeep(index, key).catch(() => false);
    }
  }
  if (chapters.size > 0) await saveDownloadRecord([...chapters]);
  // Files new in this build (search fragments are named by their content) that the download or a stored page needs.
  const stored = await storedFiles(index);
  const pages = [...stored.keys()].flatMap((key) => index.extras[key] ?? []);
  for (const key of missingFiles(index, [...new Set([...selectedFiles(index, [...chapters]), ...pages])], stored))
    await fetchAndKeep(index, key).catch(() => false);
}

/** On activate: deletes the course caches of older builds of this scope. */
export async function deleteOldContent(): Promise<void> {
  const names = (await caches.keys()).filter((name) => isOurs(name) && name !== cacheName());
  await Promise.all(names.map((name) => caches.delete(name)));
}

/** Removes the download and every page read: the course cache goes, the shell stays. */
export async function removeContent(): Promise<void> {
  await caches.delete(cacheName());
  loading = undefined;
}
