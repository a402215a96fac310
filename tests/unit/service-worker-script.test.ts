import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, serviceWorkerScript, WORKBOX_RUNTIME } from '../../src/lib/service-worker-script';

const require = createRequire(import.meta.url);
const runtime = WORKBOX_RUNTIME.map((name) => readFileSync(require.resolve(`${name}/build/${name}.prod.js`), 'utf8'));
const entries = [
  { url: 'index.html', revision: 'abc' },
  { url: '_astro/site.Xy-1.js', revision: null },
];

const WATCHED = new Set(['setCacheNameDetails', 'clientsClaim', 'precacheAndRoute', 'cleanupOutdatedCaches']);

/** Runs the worker script against a fake service worker global: what it registered and precached. */
function install(script: string) {
  const listeners = new Map<string, number>();
  const precached: unknown[] = [];
  const calls: string[] = [];
  const self = {
    addEventListener: (type: string) => listeners.set(type, (listeners.get(type) ?? 0) + 1),
    registration: { scope: 'https://example.org/course/' },
  };
  // The real Workbox runtime runs; only what it exports is watched.
  const workbox: Record<string, Record<string, (...args: unknown[]) => void>> = {};
  const watched = new Proxy(workbox, {
    set(target, key: string, value: Record<string, (...args: unknown[]) => void>) {
      target[key] = new Proxy(value, {
        get(mod, name: string) {
          const fn = mod[name];
          if (typeof fn !== 'function' || !WATCHED.has(name)) return fn;
          return (...args: unknown[]) => {
            calls.push(`${key}.${name}`);
            if (name === 'precacheAndRoute') precached.push(args);
            return fn.apply(mod, args);
          };
        },
      });
      return true;
    },
  });
  new Function('self', 'workbox', 'location', 'registration', script.replaceAll('this.workbox', 'workbox'))(
    self,
    watched,
    new URL(self.registration.scope),
    self.registration,
  );
  return { listeners, precached, calls };
}

describe('serviceWorkerScript', () => {
  const script = serviceWorkerScript(runtime, entries);

  it('loads the four Workbox runtime builds in the order they depend on each other', () => {
    const at = WORKBOX_RUNTIME.map((name) => script.indexOf(`this.workbox.${name.slice('workbox-'.length)}=`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('ships no source map comments, since the maps are not in the build', () => {
    expect(script).not.toContain('sourceMappingURL');
  });

  it('names its caches for the course, precaches every entry with the folder index and ignored parameters, then cleans up', () => {
    const { precached, calls } = install(script);
    expect(calls).toEqual(['core.setCacheNameDetails', 'core.clientsClaim', 'precaching.precacheAndRoute', 'precaching.cleanupOutdatedCaches']);
    const [list, options] = precached[0] as [unknown, { directoryIndex: string; ignoreURLParametersMatching: RegExp[] }];
    expect(list).toEqual(entries);
    expect(options.directoryIndex).toBe('index.html');
    expect(options.ignoreURLParametersMatching.map(String)).toEqual(['/^utm_/', '/^fbclid$/', '/^ts$/']);
    expect(script).toContain(`prefix:'${CACHE_PREFIX}'`);
  });

  it('waits for a page to post SKIP_WAITING before a new worker takes over, and serves requests from the precache', () => {
    const { listeners } = install(script);
    expect(listeners.get('message')).toBeGreaterThanOrEqual(1);
    expect(script).toContain("e.data.type==='SKIP_WAITING')self.skipWaiting()");
    expect(listeners.get('install')).toBe(1);
    expect(listeners.get('activate')).toBeGreaterThanOrEqual(2); // its own claim, and the clean-up of old precaches
    expect(listeners.get('fetch')).toBe(1);
  });
});
