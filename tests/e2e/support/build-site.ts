import { spawn } from 'node:child_process';
import { appendFile, cp, readdir, rm, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The paragraph the second build adds at the end of every lesson, so a test can tell which build it sees. */
export const UPDATE_MARKER = 'This lesson was revised in a newer build of the course.';

/**
 * Builds the course a second time, with UPDATE_MARKER added to every lesson, the way `npm run build` would
 * after an author's edit; returns the output folder. It lives under node_modules/.cache so the build resolves
 * the project's packages and nothing lands in git.
 */
export async function buildChangedCourse(base: string): Promise<string> {
  const name = base === '/' ? 'root' : 'subpath';
  const root = join(projectRoot, 'node_modules/.cache/offline-update', name);
  const outDir = join(root, 'dist');
  await rm(root, { recursive: true, force: true });
  await cp(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  // Lessons import widgets and data with paths like ../../src/lib/cost.ts, relative to the site root.
  await symlink(join(projectRoot, 'src'), join(root, 'src'), 'dir');
  const lessons = join(root, 'content/lessons');
  for (const file of await readdir(lessons)) {
    if (file.endsWith('.mdx')) await appendFile(join(lessons, file), `\n\n${UPDATE_MARKER}\n`);
  }
  // Astro reads --config relative to --root.
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--root', root, '--config', relative(root, join(projectRoot, 'astro.config.mjs'))], {
      cwd: projectRoot,
      env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`The second build failed:\n${log}`))));
  });
  if (!output.includes('service worker: precaches')) throw new Error(`The second build wrote no service worker:\n${output}`);
  return outDir;
}
