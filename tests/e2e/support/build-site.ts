import { appendFile, cp, readdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSiteOrThrow, PROJECT } from '../../support/astro';

/** The paragraph the second build adds at the end of every lesson, so a test can tell which build it sees. */
export const UPDATE_MARKER = 'This lesson was revised in a newer build of the course.';

/**
 * Builds the course a second time, with UPDATE_MARKER added to every lesson, the way `npm run build` would
 * after an author's edit; returns the output folder. It lives under node_modules/.cache so the build resolves
 * the project's packages and nothing lands in git.
 */
export async function buildChangedCourse(base: string): Promise<string> {
  const name = base === '/' ? 'root' : 'subpath';
  const root = join(PROJECT, 'node_modules/.cache/offline-update', name);
  const outDir = join(root, 'dist');
  await rm(root, { recursive: true, force: true });
  await cp(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  // Lessons import widgets and data with paths like ../../src/lib/cost.ts, relative to the site root.
  await symlink(join(PROJECT, 'src'), join(root, 'src'), 'dir');
  const lessons = join(root, 'content/lessons');
  for (const file of await readdir(lessons)) {
    if (file.endsWith('.mdx')) await appendFile(join(lessons, file), `\n\n${UPDATE_MARKER}\n`);
  }
  const { output } = await buildSiteOrThrow({ root, env: { BASE_PATH: base, OUT_DIR: outDir } });
  if (!output.includes('service worker: precaches')) throw new Error(`The second build wrote no service worker:\n${output}`);
  return outDir;
}
