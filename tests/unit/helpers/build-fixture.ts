import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** The result of building a fixture site: exit code and everything Astro printed, without colour codes. */
export interface FixtureBuild {
  code: number;
  output: string;
}

/**
 * Builds tests/fixtures/<name> (a folder with its own content/) with this project's config and src/,
 * the way `npm run build` would, and returns what happened.
 */
export async function buildFixture(name: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const root = `tests/fixtures/${name}`;
  await rm(`${projectRoot}${root}/dist`, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--root', root, '--config', '../../../astro.config.mjs'], {
      cwd: projectRoot,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}
