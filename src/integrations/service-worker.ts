import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECACHE_IGNORE, SHELL_GLOBS } from '../lib/offline.ts';

const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/** The text in the bundled worker that the build replaces with the course index's revision. */
export const REVISION_PLACEHOLDER = '__COURSE_REVISION__';

/** Bundles src/service-worker/sw.ts with esbuild (Astro's own) and loads workbox-build (~0.5 s): the build starts it early. */
export async function prepareServiceWorker() {
  const [{ build }, { injectManifest }] = await Promise.all([import('esbuild'), import('workbox-build')]);
  // Workbox's modules log and assert only outside production.
  const define = { 'process.env.NODE_ENV': '"production"' };
  const { outputFiles } = await build({ entryPoints: [SOURCE], bundle: true, minify: true, write: false, format: 'iife', target: 'es2022', define });
  return { code: outputFiles[0]!.text, injectManifest };
}

/**
 * Writes `dir/sw.js`: the bundled worker with the shell's files and their content hash in place of self.__WB_MANIFEST,
 * and the course index's revision (so any change to the course is a new worker). Course pages are not listed in it.
 */
export async function generateServiceWorker(dir: string, revision: string, tools = prepareServiceWorker()): Promise<{ count: number; size: number }> {
  const { code, injectManifest } = await tools;
  if (!code.includes(REVISION_PLACEHOLDER)) throw new Error(`The bundled worker lost its ${REVISION_PLACEHOLDER} placeholder`);
  const sw = join(dir, 'sw.js');
  await writeFile(sw, code.replaceAll(REVISION_PLACEHOLDER, revision));
  const { count, size, warnings } = await injectManifest({
    swSrc: sw,
    swDest: sw,
    globDirectory: dir,
    globPatterns: [...SHELL_GLOBS],
    globIgnores: [...PRECACHE_IGNORE],
    // Vite and Pagefind put a content hash in these names already; no revision needed.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_[a-z]+$/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  // A shell file left out of the precache (too large) would silently break offline use, so such a warning stops the
  // build; a shell pattern a small site has no file for (no icons, no search index) is no loss.
  const serious = warnings.filter((w) => !w.includes("doesn't match any files"));
  if (serious.length > 0) throw new Error(`The service worker would not precache its shell:\n${serious.join('\n')}`);
  return { count, size };
}
