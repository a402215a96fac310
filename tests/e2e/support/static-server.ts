import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A throwaway web server for one built site: its origin, a way to swap in another build, and a way to go away. */
export interface StaticServer {
  origin: string;
  /** Serves another build folder from now on, as a deploy would. */
  serve(dir: string): void;
  /** Stops answering at all: the network is gone. */
  close(): Promise<void>;
}

/**
 * Serves a built site folder under `base` on a free port of 127.0.0.1, like a static host: folders answer with
 * their index.html, unknown paths with 404.html. Nothing is cached, so every request shows what is deployed now.
 */
export async function startStaticServer(dir: string, base: string): Promise<StaticServer> {
  let root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file: string, status: number) => {
      if (!(await stat(file)).isFile()) throw new Error(`${file} is not a file`);
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      createReadStream(file).pipe(res);
    };
    const notFound = () => send(join(root, '404.html'), 404).catch(() => res.writeHead(404).end());
    if (!path.startsWith(base)) return notFound();
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) return res.writeHead(301, { Location: `${path}/` }).end();
        return await send(join(file, 'index.html'), 200);
      }
      return await send(file, 200);
    } catch {
      return notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
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
