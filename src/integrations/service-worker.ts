import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// Only the manifest step of workbox-build: its main entry also loads generateSW's bundler (rollup, babel, terser),
// 0.8 s of every build, and generateSW re-bundles the same runtime each time (another 1.5 s or so).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { PRECACHE_IGNORE } from '../lib/offline.ts';
import { serviceWorkerScript, WORKBOX_RUNTIME } from '../lib/service-worker-script.ts';

const require = createRequire(import.meta.url);

/** What the generated service worker precaches: how many files and their total size in bytes. */
export interface ServiceWorkerResult {
  count: number;
  bytes: number;
}

/**
 * Writes `dir/sw.js`: a Workbox service worker (Workbox's production runtime builds, src/lib/service-worker-script.ts)
 * that precaches every file of the build (pages, assets, icons, the search index), keyed by content hash so a new
 * deploy re-downloads only what changed. Precache URLs stay relative to sw.js, so the same worker is right at the root
 * and under a sub-path.
 */
export async function generateServiceWorker(dir: string): Promise<ServiceWorkerResult> {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: [...PRECACHE_IGNORE],
    // Vite and Pagefind put a content hash in these names already; no revision needed.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_[a-z]+$/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  // A file left out of the precache would silently break offline use, so any warning stops the build.
  if (warnings.length > 0) throw new Error(`The service worker would not precache everything:\n${warnings.join('\n')}`);
  const runtime = await Promise.all(WORKBOX_RUNTIME.map((name) => readFile(require.resolve(`${name}/build/${name}.prod.js`), 'utf8')));
  const entries = (manifestEntries ?? []).map((e) => ({ url: e.url, revision: e.revision ?? null }));
  await writeFile(join(dir, 'sw.js'), serviceWorkerScript(runtime, entries));
  return { count, bytes: size };
}
