import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, type SearchIndexResult } from './search-index.ts';
import { generateServiceWorker } from './service-worker.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The two build steps of offline support: list `searchIndex` once the pages are final, `serviceWorker` last. */
export interface OfflineCourse {
  searchIndex: AstroIntegration;
  serviceWorker: AstroIntegration;
}

/**
 * Offline support after the pages are built: `searchIndex` starts Pagefind on the finished pages and returns at
 * once, so Pagefind's own process indexes while the steps listed between the two check the site (about 1 s of a
 * 500-lesson build); `serviceWorker` waits for the index, so it is part of what the worker precaches, then writes
 * the worker that precaches everything built.
 */
export function offlineCourse(): OfflineCourse {
  let indexing: Promise<SearchIndexResult> | undefined;
  return {
    searchIndex: {
      name: 'course:search-index',
      hooks: {
        'astro:build:done': ({ dir }) => {
          indexing = buildSearchIndex(fileURLToPath(dir));
          // Awaited by serviceWorker; this only keeps a failure from being reported twice should a check fail first.
          indexing.catch(() => undefined);
        },
      },
    },
    serviceWorker: {
      name: 'course:offline',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!indexing) throw new Error('offlineCourse(): list its searchIndex integration before its serviceWorker in astro.config.mjs');
          const index = await indexing;
          logger.info(`search index: ${index.pages} pages, ${index.files} files, ${kb(index.bytes)}`);
          const sw = await generateServiceWorker(fileURLToPath(dir));
          logger.info(`service worker: precaches ${sw.count} files, ${kb(sw.bytes)}`);
        },
      },
    },
  };
}
