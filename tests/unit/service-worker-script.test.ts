import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateServiceWorker } from '../../src/integrations/service-worker';

// The worker sw.js the build writes, run with the Workbox runtime bundled in it, in a fake service worker global
// deployed under a sub-path: what it fetches and caches on install, answers on fetch and does on message and activate.
const SCOPE = 'https://example.org/course/';
const FILES: Record<string, string> = {
  'index.html': 'home',
  'fine-tuning/lesson/index.html': 'lesson',
  '_astro/site.Xy-1.js': 'code',
  '404.html': 'not found',
  'robots.txt': 'crawlers only',
};
const PRECACHE = `course-precache-v2-${SCOPE}`;

type Listener = (event: object) => void;
const urlOf = (request: Request | string) => (typeof request === 'string' ? request : request.url);

class FetchEvent {
  readonly type = 'fetch';
  response: Promise<Response> | undefined;
  constructor(readonly request: Request) {}
  respondWith(response: Promise<Response>) {
    this.response = response;
  }
  waitUntil() {}
}

/** Runs `script` as a service worker of SCOPE whose network serves FILES; returns what it did and a way to send it events. */
function startWorker(script: string, oldCaches: string[] = []) {
  const listeners = new Map<string, Listener[]>();
  const store = new Map<string, Map<string, Response>>(oldCaches.map((name) => [name, new Map()]));
  const named = (name: string) => store.get(name) ?? store.set(name, new Map()).get(name)!;
  const fetched: string[] = [];
  const calls = { skipWaiting: 0, claim: 0 };
  const caches = {
    open: async (name: string) => ({
      put: async (request: Request, response: Response) => void named(name).set(request.url, response),
      match: async (request: Request | string) => named(name).get(urlOf(request))?.clone(),
      keys: async () => [...named(name).keys()].map((url) => new Request(url)),
      delete: async (request: Request) => named(name).delete(request.url),
    }),
    match: async (request: Request | string, { cacheName }: { cacheName: string }) => store.get(cacheName)?.get(urlOf(request))?.clone(),
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
  };
  const global: Record<string, unknown> = {
    ...{ URL, Request, Response, Headers, FetchEvent, console, setTimeout, clearTimeout },
    location: new URL('sw.js', SCOPE),
    registration: { scope: SCOPE },
    caches,
    clients: { claim: async () => void calls.claim++, matchAll: async () => [] },
    skipWaiting: async () => void calls.skipWaiting++,
    addEventListener: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    fetch: async (request: Request | string) => {
      fetched.push(urlOf(request));
      // A static host: the query string does not matter, a folder answers with its index.html.
      const path = new URL(urlOf(request)).pathname.slice(new URL(SCOPE).pathname.length);
      const body = FILES[path === '' || path.endsWith('/') ? `${path}index.html` : path];
      return body === undefined ? new Response('', { status: 404 }) : new Response(body);
    },
  };
  global['self'] = global;
  runInNewContext(script, global);
  /** Dispatches a lifecycle event and waits for what its listeners asked to wait for. */
  const dispatch = async (type: string, fields: object = {}) => {
    const pending: Promise<unknown>[] = [];
    const event = { type, ...fields, waitUntil: (p: Promise<unknown>) => pending.push(p) };
    for (const listener of listeners.get(type) ?? []) listener(event);
    await Promise.all(pending);
  };
  /** Requests `url` from the worker: the text it answers with, or undefined when it leaves the request to the network. */
  const request = async (url: string) => {
    const event = new FetchEvent(new Request(url));
    for (const listener of listeners.get('fetch') ?? []) listener(event);
    return event.response && (await event.response).text();
  };
  return { listeners, store, fetched, calls, dispatch, request };
}

let dir = '';
let script = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'service-worker-'));
  for (const [path, body] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), body);
  }
  await generateServiceWorker(dir, 'rev-1');
  // A build writes its course index next to sw.js; this one is not of the worker's revision, so nothing is stored.
  await writeFile(join(dir, 'offline-index.json'), '{}');
  script = await readFile(join(dir, 'sw.js'), 'utf8');
}, 30_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the built service worker', () => {
  it('is one self-contained production script with the list of files written in', () => {
    expect(script).not.toMatch(/__WB_MANIFEST|process\.env|^import |sourceMappingURL/m);
    const { listeners } = startWorker(script);
    expect([...listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });

  it('precaches only the shell (code, the 404 page) from the URLs next to sw.js, by content revision unless the name is hashed', async () => {
    const worker = startWorker(script);
    await worker.dispatch('install');
    expect(worker.fetched.sort()).toEqual(['404.html', '_astro/site.Xy-1.js'].map((path) => SCOPE + path));
    const keys = [...(worker.store.get(PRECACHE)?.keys() ?? [])].sort();
    expect(keys).toEqual([expect.stringMatching(new RegExp(`^${SCOPE}404\\.html\\?__WB_REVISION__=[0-9a-f]{32}$`)), `${SCOPE}_astro/site.Xy-1.js`]);
    expect(worker.calls.skipWaiting).toBe(0);
  });

  it('carries the course revision it was built with, and no course page', () => {
    expect(script).toContain('rev-1');
    expect(script).not.toContain('__COURSE_REVISION__');
    expect(script).not.toMatch(/fine-tuning\/lesson/);
  });

  it('answers a shell file whatever its query string, and leaves a course file to its course cache or the network', async () => {
    const worker = startWorker(script);
    await worker.dispatch('install');
    expect(await worker.request(`${SCOPE}_astro/site.Xy-1.js?v=2`)).toBe('code');
    expect(await worker.request(`${SCOPE}fine-tuning/lesson/?approach=no.yes&requests=2000`)).toBe('lesson');
    expect(await worker.request(`${SCOPE}robots.txt`)).toBe('crawlers only');
  });

  it('takes over only when a page posts SKIP_WAITING, then claims the pages and deletes older precaches of its scope', async () => {
    const old = [`workbox-precache-${SCOPE}`, `course-precache-v1-${SCOPE}`, `course-content-rev-0-${SCOPE}`];
    const kept = [`course-precache-v2-https://example.org/other/`, `course-runtime-${SCOPE}`, `course-content-rev-0-https://example.org/other/`];
    const worker = startWorker(script, [...old, ...kept]);
    await worker.dispatch('install');
    await worker.dispatch('message', { data: { type: 'CHECK' } });
    await worker.dispatch('message', { data: null });
    expect(worker.calls.skipWaiting).toBe(0);
    await worker.dispatch('message', { data: { type: 'SKIP_WAITING' } });
    expect(worker.calls.skipWaiting).toBe(1);
    await worker.dispatch('activate');
    expect(worker.calls.claim).toBe(1);
    expect([...worker.store.keys()].sort()).toEqual([...kept, PRECACHE, `course-content-rev-1-${SCOPE}`].sort());
  });
});
