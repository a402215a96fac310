import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, formatBrokenLinks } from '../build/links.ts';
import { readSite } from './read-site.ts';

/** Fails the build when a built page links to a page, file or #section that does not exist. */
export function checkLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'course:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, files } = await readSite(fileURLToPath(dir), base);
        const broken = findBrokenLinks(pages, files, base);
        if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
        logger.info(`checked the links of ${pages.length} pages: none broken`);
      },
    },
  };
}
