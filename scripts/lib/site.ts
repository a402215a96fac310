import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { fileURLToPath } from 'node:url';

/** This project's folder, and the Astro CLI run with the same Node that runs the script. */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** The first port from `from` to `to` that nothing listens on (4371–4379 by default, BENCH_PORT to start elsewhere). */
export async function freePort(from = Number(process.env['BENCH_PORT'] ?? 4371), to = from + 8): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer().once('error', () => resolve(false));
      server.listen(port, 'localhost', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}; set BENCH_PORT to start elsewhere.`);
}

/** Runs `astro <args>` in the project and resolves with the time it took, or rejects with its output. */
export function astro(args: string[], env: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, ...args], { cwd: PROJECT, env: { ...process.env, ...env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`astro ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

/** Serves dist/ with `astro preview` on a free port; resolves once it answers, with its URL and a stop function. */
export async function preview(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [ASTRO, 'preview', '--port', String(port), '--ignore-lock'], {
    cwd: PROJECT,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}/`;
  const stop = () => void child.kill();
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${url}`);
}

/**
 * Serves dist/ the way a static host or CDN does: gzip-compressed text and index.html for folders.
 * (astro preview sends every file uncompressed, which no production host does.)
 */
export async function serveCompressed(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const dist = join(PROJECT, 'dist');
  const files = sirv(dist, { etag: true, dev: false });
  const compress = compression();
  const server = createHttpServer((req, res) => {
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
      files(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  return { url: `http://localhost:${port}/`, stop: () => void server.close() };
}
