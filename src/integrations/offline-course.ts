import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';
import { generateServiceWorker } from './service-worker.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * After the pages are built: indexes them for search, then generates the service worker, in that order,
 * so the search index is part of what the worker precaches.
 */
export function offlineCourse(): AstroIntegration {
  return {
    name: 'course:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const index = await buildSearchIndex(out);
        logger.info(`search index: ${index.pages} pages, ${index.files} files, ${kb(index.bytes)}`);
        const sw = await generateServiceWorker(out);
        logger.info(`service worker: precaches ${sw.count} files, ${kb(sw.bytes)}`);
      },
    },
  };
}
