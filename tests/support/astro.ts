// The one place that starts Astro's CLI, for the tests and the scripts alike. Imports carry their .ts extension so
// scripts run this file with Node's own type stripping.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** This project's folder (with a trailing separator). */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_BIN = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const CONFIG = join(PROJECT, 'astro.config.mjs');
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** What one Astro command did: its exit code, everything it printed (without colour codes), and how long it took. */
export interface AstroRun {
  code: number;
  output: string;
  ms: number;
}

/** Runs `astro <args>` in the project with the Node that runs this process; resolves whatever the exit code. */
export function runAstro(args: readonly string[], env: Record<string, string> = {}): Promise<AstroRun> {
  const started = performance.now();
  // Vitest puts Vite's import.meta.env values (BASE_URL '/', MODE...) into process.env; passed on, BASE_URL would
  // override the base a BASE_PATH build computes.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.has(key)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, ...args], {
      cwd: PROJECT,
      env: { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output), ms: performance.now() - started }));
  });
}

/** Where and how to build: the folder holding content/ (the project by default, or relative to it) and extra environment. */
export interface BuildOptions {
  root?: string;
  env?: Record<string, string>;
}

/** Builds a site with this project's config and src/, the way `npm run build` does; resolves even when the build fails. */
export function buildSite({ root, env = {} }: BuildOptions = {}): Promise<AstroRun> {
  if (root === undefined) return runAstro(['build'], env);
  const absolute = isAbsolute(root) ? root : join(PROJECT, root);
  // Astro reads --config relative to --root.
  return runAstro(['build', '--root', absolute, '--config', relative(absolute, CONFIG)], env);
}

/** Builds like buildSite but rejects, with everything Astro printed, when the build fails. */
export async function buildSiteOrThrow(options: BuildOptions = {}): Promise<AstroRun> {
  const run = await buildSite(options);
  if (run.code !== 0) throw new Error(`astro build${options.root ? ` of ${options.root}` : ''} failed:\n${run.output}`);
  return run;
}

/**
 * Loads tests/fixtures/<name>'s content the way a build does first, in this process, with Astro's `sync` (its content
 * loaders and collection schemas, this project's config): resolves with the error a build would stop on, or undefined.
 */
export async function syncFixture(name: string): Promise<{ message: string; hint?: string; file?: string } | undefined> {
  const root = join(PROJECT, 'tests/fixtures', name);
  const { sync } = await import('astro');
  try {
    await sync({ root, configFile: relative(root, CONFIG), logLevel: 'silent' });
    return undefined;
  } catch (error) {
    const { message, hint, loc } = error as { message: string; hint?: string; loc?: { file?: string } };
    return { message, ...(hint ? { hint } : {}), ...(loc?.file ? { file: relative(PROJECT, loc.file) } : {}) };
  }
}

/** Builds tests/fixtures/<name> (a folder with its own content/) from scratch and returns what happened. */
export async function buildFixture(name: string, env: Record<string, string> = {}): Promise<AstroRun> {
  const root = join(PROJECT, 'tests/fixtures', name);
  await rm(join(root, 'dist'), { recursive: true, force: true });
  return buildSite({ root, env });
}
