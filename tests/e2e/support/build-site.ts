import { appendFile, cp, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSiteOrThrow, PROJECT } from '../../support/astro';

/** The paragraph the revised build adds at the end of lesson 9.2, so a test can tell which build it sees. */
export const UPDATE_MARKER = 'This lesson was revised in a newer build of the course.';
/** The one lesson the revised build changes; every other course file stays byte for byte the same. */
export const REVISED_LESSON = '9-2-dataset-preparation.mdx';

/**
 * Builds the course into a folder of its own (under node_modules/.cache, so it resolves the project's packages and
 * nothing lands in git), as `npm run build` would: as it is, or `revised` with UPDATE_MARKER added to one lesson, the
 * way an author's edit would. Both come from the same place, so Astro's scoped-style ids (hashed from file paths) match
 * and the only course files that differ are the ones the edit changed. Returns the output folder.
 */
export async function buildCourseCopy(base: string, revised: boolean): Promise<string> {
  const name = `${base === '/' ? 'root' : 'subpath'}-${revised ? 'revised' : 'original'}`;
  const root = join(PROJECT, 'node_modules/.cache/offline-update', name);
  const outDir = join(root, 'dist');
  await rm(root, { recursive: true, force: true });
  await cp(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  // Lessons import widgets and data with paths like ../../src/lib/cost.ts, relative to the site root.
  await symlink(join(PROJECT, 'src'), join(root, 'src'), 'dir');
  if (revised) await appendFile(join(root, 'content/lessons', REVISED_LESSON), `\n\n${UPDATE_MARKER}\n`);
  const { output } = await buildSiteOrThrow({ root, env: { BASE_PATH: base, OUT_DIR: outDir } });
  if (!output.includes('service worker: precaches')) throw new Error(`The build of ${name} wrote no service worker:\n${output}`);
  return outDir;
}
