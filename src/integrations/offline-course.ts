import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeCourseIndex } from './course-index.ts';
import { buildSearchIndex, type SearchIndexResult } from './search-index.ts';
import { generateServiceWorker, prepareServiceWorker } from './service-worker.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The two build steps of offline support: list `searchIndex` once the pages are final, `serviceWorker` last. */
export interface OfflineCourse {
  searchIndex: AstroIntegration;
  serviceWorker: AstroIntegration;
}

/** What writing a built site's offline files produced: its search index, course index and service worker. */
export interface OfflineFiles {
  index: SearchIndexResult;
  course: Awaited<ReturnType<typeof writeCourseIndex>>;
  sw: Awaited<ReturnType<typeof generateServiceWorker>>;
}

/**
 * Writes the offline files of the built site in `dir`, each after what it lists: the search index (Pagefind), the
 * course index (which lists the search index's files) and the service worker (which carries the course's revision).
 * `started` passes work already under way.
 */
export async function writeOfflineFiles(
  dir: string,
  started = { indexing: buildSearchIndex(dir), tools: prepareServiceWorker() },
): Promise<OfflineFiles> {
  const index = await started.indexing;
  const course = await writeCourseIndex(dir);
  const sw = await generateServiceWorker(dir, course.revision, started.tools);
  return { index, course, sw };
}

/** Offline support after the build: `searchIndex` starts Pagefind and the worker's bundle, `serviceWorker` awaits both and writes it. */
export function offlineCourse(): OfflineCourse {
  // Both run while the steps listed between the two check the site: Pagefind in its own process (about 1 s of a
  // 500-lesson build), the worker's bundle and workbox-build's loading here.
  let started: { indexing: Promise<SearchIndexResult>; tools: ReturnType<typeof prepareServiceWorker> } | undefined;
  return {
    searchIndex: {
      name: 'course:search-index',
      hooks: {
        'astro:build:done': ({ dir }) => {
          started = { indexing: buildSearchIndex(fileURLToPath(dir)), tools: prepareServiceWorker() };
          // Awaited by serviceWorker; this only keeps a failure from being reported twice should a check fail first.
          void Promise.allSettled([started.indexing, started.tools]);
        },
      },
    },
    serviceWorker: {
      name: 'course:offline',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!started) throw new Error('offlineCourse(): list its searchIndex integration before its serviceWorker in astro.config.mjs');
          const { index, course, sw } = await writeOfflineFiles(fileURLToPath(dir), started);
          logger.info(`search index: ${index.pages} pages, ${index.files} files, ${kb(index.bytes)}`);
          logger.info(`course download: ${course.files} files, ${kb(course.bytes)} sent`);
          logger.info(`service worker: precaches ${sw.count} shell files, ${kb(sw.size)}`);
        },
      },
    },
  };
}
