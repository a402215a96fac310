import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECACHE_IGNORE } from '../lib/offline.ts';

const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/** Bundles src/service-worker/sw.ts with esbuild (Astro's own) and loads workbox-build (~0.5 s): the build starts it early. */
export async function prepareServiceWorker() {
  const [{ build }, { injectManifest }] = await Promise.all([import('esbuild'), import('workbox-build')]);
  // Workbox's modules log and assert only outside production.
  const define = { 'process.env.NODE_ENV': '"production"' };
  const { outputFiles } = await build({ entryPoints: [SOURCE], bundle: true, minify: true, write: false, format: 'iife', target: 'es2022', define });
  return { code: outputFiles[0]!.text, injectManifest };
}

/** Writes `dir/sw.js`, the bundled worker with every file of the build and its content hash in place of self.__WB_MANIFEST. */
export async function generateServiceWorker(dir: string, tools = prepareServiceWorker()): Promise<{ count: number; size: number }> {
  const { code, injectManifest } = await tools;
  const sw = join(dir, 'sw.js');
  await writeFile(sw, code);
  const { count, size, warnings } = await injectManifest({
    swSrc: sw,
    swDest: sw,
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: [...PRECACHE_IGNORE],
    // Vite and Pagefind put a content hash in these names already; no revision needed.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_[a-z]+$/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  // A file left out of the precache would silently break offline use, so any warning stops the build.
  if (warnings.length > 0) throw new Error(`The service worker would not precache everything:\n${warnings.join('\n')}`);
  return { count, size };
}
