// The built sites the tests read, each built once per `npm test` by a script of package.json. Imports carry their .ts
// extension so scripts run this file with Node's own type stripping.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './astro.ts';

/** One built site: its folder (relative to the project), the base it is served under, its public address if any. */
export interface Site {
  dir: string;
  base: string;
  site?: string;
  /** The npm script that builds it. */
  script: string;
}

/** 500 lessons: ten chapters of 20 and chapter 9 (the real lessons 9.1 to 9.5 first) of 300. */
export const GENERATED_SHAPE = [20, 20, 20, 20, 20, 20, 20, 20, 300, 20, 20];
/** Where the generated course's content/ is written (under node_modules/.cache, so nothing lands in git). */
export const GENERATED_ROOT = 'node_modules/.cache/generated-course';

/** The sites of a test run. */
export const SITES = {
  /** The course as deployed at the root, without a public address, with its PDFs. */
  root: { dir: 'dist', base: '/', script: 'pdf' },
  /** The course deployed under /course/ of its public address. */
  subpath: { dir: 'dist-subpath', base: '/course/', site: 'https://learn.example.org', script: 'build:subpath' },
  /** A generated course of 500 lessons in 11 chapters around the real ones (tests/perf/generate-course.ts). */
  generated: { dir: `${GENERATED_ROOT}/dist`, base: '/', script: 'build:generated' },
} as const satisfies Record<string, Site>;

/** The absolute folder of a built site; throws, naming the script to run, when it has not been built. */
export function builtSite(site: Site): string {
  const dir = join(PROJECT, site.dir);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${site.dir}/ has not been built: run \`npm run ${site.script}\` (npm test does) first.`);
  return dir;
}
