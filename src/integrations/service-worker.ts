import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { IGNORED_URL_PARAMETERS, PRECACHE_IGNORE } from '../lib/offline.ts';

/** What the generated service worker precaches: how many files and their total size in bytes. */
export interface ServiceWorkerResult {
  count: number;
  bytes: number;
}

/**
 * Writes `dir/sw.js`: a Workbox service worker that precaches every file of the build (pages, assets, icons,
 * the search index), keyed by content hash so a new deploy re-downloads only what changed. It waits for the
 * page to say SKIP_WAITING before taking over, and then deletes the caches of older builds.
 */
export async function generateServiceWorker(dir: string): Promise<ServiceWorkerResult> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: [...PRECACHE_IGNORE],
    swDest: join(dir, 'sw.js'),
    // Precache URLs stay relative to sw.js, so the same worker is right at the root and under a sub-path.
    cacheId: 'course',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [...IGNORED_URL_PARAMETERS],
    // Vite and Pagefind put a content hash in these names already; no revision needed.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_[a-z]+$/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  // A file left out of the precache would silently break offline use, so any warning stops the build.
  if (warnings.length > 0) throw new Error(`The service worker would not precache everything:\n${warnings.join('\n')}`);
  return { count, bytes: size };
}
