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

/** Offline support after the build: `searchIndex` starts Pagefind and the worker's bundle, `serviceWorker` awaits both and writes it. */
export function offlineCourse(): OfflineCourse {
  // Both run while the steps listed between the two check the site: Pagefind in its own process (about 1 s of a
  // 500-lesson build), the worker's bundle and workbox-build's loading here. The course index lists the search index, so it comes first.
  let indexing: Promise<SearchIndexResult> | undefined;
  let tools: ReturnType<typeof prepareServiceWorker> | undefined;
  return {
    searchIndex: {
      name: 'course:search-index',
      hooks: {
        'astro:build:done': ({ dir }) => {
          indexing = buildSearchIndex(fileURLToPath(dir));
          tools = prepareServiceWorker();
          // Awaited by serviceWorker; this only keeps a failure from being reported twice should a check fail first.
          void Promise.allSettled([indexing, tools]);
        },
      },
    },
    serviceWorker: {
      name: 'course:offline',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!indexing || !tools) throw new Error('offlineCourse(): list its searchIndex integration before its serviceWorker in astro.config.mjs');
          const index = await indexing;
          logger.info(`search index: ${index.pages} pages, ${index.files} files, ${kb(index.bytes)}`);
          // The course index lists the search index's files, so it is written after it, and the worker carries its revision.
          const course = await writeCourseIndex(fileURLToPath(dir));
          logger.info(`course download: ${course.files} files, ${kb(course.bytes)} sent`);
          const sw = await generateServiceWorker(fileURLToPath(dir), course.revision, tools);
          logger.info(`service worker: precaches ${sw.count} shell files, ${kb(sw.size)}`);
        },
      },
    },
  };
}
