// The course cache: pages and search files beyond the shell, cached as they are read or downloaded on request. One cache
// per build (its name carries the course index's revision), so a page never mixes two builds: a new worker copies what
// did not change from the old cache, fetches what changed, and the old cache goes when it takes over.
import { worker } from './scope';
import { COURSE_INDEX, DOWNLOAD_RECORD, courseKey } from '../lib/offline-download';
import { parseCourseIndex, type CourseIndex } from '../schemas/course-index';

/** This build's course index revision, written in by the build (src/integrations/service-worker.ts). */
export const REVISION = '__COURSE_REVISION__';
const PREFIX = 'course-content-';

/** The worker's scope URL ("https://host/course/"). */
export const scope = () => worker.registration.scope;
/** The name of this build's course cache. */
export const cacheName = () => `${PREFIX}${REVISION}-${scope()}`;
/** The absolute URL of a course key. */
export const urlOf = (key: string) => new URL(key, scope()).href;
/** Whether cache `name` is a course cache of this scope (this build's or an older one). */
export const isOurs = (name: string) => name.startsWith(PREFIX) && name.endsWith(`-${scope()}`);

const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

/** The JSON body of a response, or undefined when there is none or it is not JSON. */
export async function readJson(response: Response | undefined): Promise<unknown> {
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
