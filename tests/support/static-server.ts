// The one web server for built sites, used by the end-to-end tests (Playwright's webServer runs it through
// scripts/serve.ts), the offline tests, npm run bench and npm run lighthouse. Imports carry their .ts extension so
// scripts run this file with Node's own type stripping.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};
// What a static host or CDN compresses: text and WebAssembly. Images and Pagefind's own gzipped files are sent as they are.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;

/** A web server for one built site: where it answers, a way to swap in another build, and a way to go away. */
export interface StaticServer {
  /** "http://127.0.0.1:4321", without the base. */
  origin: string;
  /** The site's home page: the origin followed by the base. */
  url: string;
  /** Serves another build folder from now on, as a deploy would. */
  serve(dir: string): void;
  /** Stops answering at all: the network is gone. */
  close(): Promise<void>;
}

/** How to serve: the port (0, the default, picks a free one), the host name, and whether to gzip. */
export interface ServeOptions {
  port?: number;
  host?: string;
  /** Gzip text for clients that accept it, as any static host does (default); false sends every file as it is. */
  compress?: boolean;
}

/**
 * Serves a built site folder under `base` like a static host: folders answer with their index.html (a folder without
 * its trailing slash is redirected to it), unknown paths with 404.html, text gzip-compressed when the client accepts it.
 * Pages and other files are sent with no-cache, so every request shows what is deployed now; the files in _astro/,
 * named by their content, may be kept for good, as the built _headers tells a host (src/build/csp.ts).
 */
export async function startStaticServer(
  dir: string,
  base = '/',
  { port = 0, host = '127.0.0.1', compress = true }: ServeOptions = {},
): Promise<StaticServer> {
  let root = resolve(dir);
  const server = createServer((req, res) => {
    answer(req, res, root, base, compress).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    origin,
    url: origin + base,
    serve: (next) => {
      root = resolve(next);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, root: string, base: string, compress: boolean): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
  const url = new URL(req.url ?? '/', 'http://x');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return void res.writeHead(400).end('Bad request');
  }
  const redirect = (to: string) => void res.writeHead(301, { Location: to + url.search }).end();
  const notFound = async () => {
    const page = await fileAt(join(root, '404.html'));
    if (page) return send(req, res, page, 404, compress);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };
  if (`${path}/` === base) return redirect(base);
  if (!path.startsWith(base)) return notFound();
  const file = normalize(join(root, path.slice(base.length)));
  if (file !== root && !file.startsWith(root + sep)) return notFound();
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!path.endsWith('/')) return redirect(`${url.pathname}/`);
    const index = await fileAt(join(file, 'index.html'));
    return index ? send(req, res, index, 200, compress) : notFound();
  }
  const immutable = path.startsWith(`${base}_astro/`);
  return info?.isFile() ? send(req, res, file, 200, compress, immutable) : notFound();
}

async function fileAt(path: string): Promise<string | undefined> {
  return (await stat(path).catch(() => undefined))?.isFile() ? path : undefined;
}

// Each file is gzipped once per version of it: hundreds of page loads a test run would otherwise gzip the same scripts.
const zipped = new Map<string, Promise<Buffer>>();

async function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, compress: boolean, immutable = false): Promise<void> {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzipped = compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const { mtimeMs, size } = await stat(file);
  const version = `${file}:${mtimeMs}:${size}`;
  if (gzipped && !zipped.has(version))
    zipped.set(
      version,
      readFile(file).then((raw) => gzip(raw)),
    );
  const body = gzipped ? await zipped.get(version)! : await readFile(file);
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': body.byteLength,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(compress ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The first port from `from` to `to` that nothing listens on (4371–4379 by default, BENCH_PORT to start elsewhere). */
export async function freePort(from = Number(process.env['BENCH_PORT'] ?? 4371), to = from + 8): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createNetServer().once('error', () => resolve(false));
      probe.listen(port, 'localhost', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}; set BENCH_PORT to start elsewhere.`);
}
