// A proxy in front of a static server that records what it sends (the bytes on the wire, compressed as the server sent
// them, and the path of each request, the service worker's included) and can slow course files down, so a test or the
// bench can see a first visit's cost and a download in progress. Imports carry .ts so scripts run it with Node's type stripping.
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/** What went through the proxy: one entry per response, its path and the bytes of its body as sent. */
export interface Sent {
  path: string;
  bytes: number;
}

/** A static server behind a counting proxy; `origin` and `url` are the proxy's. */
export interface CountingServer extends StaticServer {
  /** Everything sent since the start or the last reset. */
  sent: Sent[];
  /** Forgets what was sent so far. */
  reset(): void;
  /** Holds back each response whose path matches, by `ms` (0 for none). */
  slow(match: RegExp | undefined, ms?: number): void;
}

/** Serves `dir` under `base` (gzip as a host would) behind a proxy that counts what it sends. */
export async function startCountingServer(dir: string, base = '/'): Promise<CountingServer> {
  const upstream = await startStaticServer(dir, base);
  const sent: Sent[] = [];
  let slowMatch: RegExp | undefined;
  let slowMs = 0;
  const proxy = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const delay = slowMatch?.test(path) ? slowMs : 0;
    setTimeout(() => {
      const out = forward(`${upstream.origin}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (answer) => {
        let bytes = 0;
        answer.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
        answer.on('end', () => sent.push({ path, bytes }));
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', () => res.destroy());
      req.pipe(out);
    }, delay);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + base,
    sent,
    reset: () => void sent.splice(0),
    slow: (match, ms = 0) => {
      slowMatch = match;
      slowMs = ms;
    },
    serve: (next) => upstream.serve(next),
    close: async () => {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await upstream.close();
    },
  };
}
