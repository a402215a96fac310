import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { HEADER_ONLY_DIRECTIVES, headersFile, mergePolicies } from '../build/csp.ts';
import { listFiles, readPages } from './read-site.ts';

/** The Content-Security-Policy a built page sets in its <meta http-equiv>, if any (browsers read it in <head> only). */
export function metaPolicy(html: string): string | undefined {
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (found === undefined && name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') {
        found = attrs['content'];
      }
    },
  });
  // The head is all that counts, and reading only it keeps a 500-lesson build from parsing every page in full again.
  const headEnd = html.search(/<\/head>/i);
  parser.write(headEnd < 0 ? html : html.slice(0, headEnd));
  parser.end();
  return found;
}

/**
 * Writes dist/_headers at the end of the build from the policies Astro put in each page's <meta>, so hosts that
 * read a _headers file also send the policy as a header (where frame-ancestors works), and fails the build if
 * a page has no policy at all.
 */
export function cspHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'course:csp-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await readPages(await listFiles(root));
        const policies = pages.map(({ file, html }) => {
          const policy = metaPolicy(html);
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>: is security.csp still on in astro.config.mjs?`);
          return policy;
        });
        await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies, HEADER_ONLY_DIRECTIVES), base));
        logger.info(`wrote _headers with the Content-Security-Policy of ${pages.length} pages`);
      },
    },
  };
}
