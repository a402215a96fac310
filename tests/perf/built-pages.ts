import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PROJECT } from '../support/astro.ts';
import { SITES } from '../support/sites.ts';

/** The root build of a test run (dist/). */
export const DIST = join(PROJECT, SITES.root.dir);

/**
 * Every HTML page of a built site as the URL path it is served at, without the deploy base ("/", "/a/b/",
 * "/404.html"), so checks cover whatever the build contains, including lessons and pages added later.
 */
export function builtPages(dir = DIST): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  if (files.length === 0) throw new Error(`No pages in ${dir}: run the build first.`);
  return files.map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`)).sort();
}
