import { describe, expect, it } from 'vitest';
import { AFTER_PAINT_ATTRIBUTE, HEAD_SCRIPT } from '../../src/lib/head-script';

type Entry = { name: string };
type ObserverCallback = (list: { getEntriesByName(name: string): Entry[] }, observer: { disconnect(): void }) => void;

/** Runs the head script against a fake page: what it imported, and hooks to fire paint entries and DOMContentLoaded. */
function run({
  list,
  stored,
  paintTiming = true,
  storageThrows = false,
}: {
  list?: string;
  stored?: string | undefined;
  paintTiming?: boolean;
  storageThrows?: boolean;
}) {
  const imported: string[] = [];
  const classes = new Set<string>();
  const dataset: Record<string, string> = {};
  const listeners: Record<string, (() => void)[]> = {};
  const observers: { callback: ObserverCallback; disconnected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : ['mark'];
    entry: { callback: ObserverCallback; disconnected: boolean };
    constructor(callback: ObserverCallback) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe(options: { type: string }) {
      expect(options.type).toBe('paint');
    }
  }
  const attribute = AFTER_PAINT_ATTRIBUTE.replace(/^data-/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
  const document = {
    documentElement: { dataset, classList: { add: (c: string) => classes.add(c) } },
    currentScript: { dataset: list === undefined ? {} : { [attribute]: list } },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === 'theme' ? (stored ?? null) : null;
    },
  };
  const self = { PerformanceObserver: FakeObserver };
  const addEventListener = (type: string, fn: () => void) => (listeners[type] ??= []).push(fn);
  const timers: { fn: () => void; ms: number }[] = [];
  const setTimeout = (fn: () => void, ms: number) => timers.push({ fn, ms });
  // import() cannot be observed from outside, so the test swaps it for a recorder with the same call shape.
  const code = HEAD_SCRIPT.replaceAll('import(', 'record(');
  expect(code).not.toBe(HEAD_SCRIPT);
  new Function('document', 'localStorage', 'self', 'addEventListener', 'setTimeout', 'record', code)(
    document,
    localStorage,
    self,
    addEventListener,
    setTimeout,
    (u: string) => imported.push(u),
  );
  const paint = (...names: string[]) => {
    for (const o of observers.filter((x) => !x.disconnected)) {
      o.callback({ getEntriesByName: (n) => names.filter((x) => x === n).map((name) => ({ name })) }, { disconnect: () => (o.disconnected = true) });
    }
  };
  const fire = (type: string) => listeners[type]?.forEach((fn) => fn());
  /** Runs the timers set so far that are due within `ms`. */
  const wait = (ms: number) => timers.filter((t) => t.ms <= ms).forEach((t) => t.fn());
  return { imported, classes, dataset, paint, fire, wait };
}

describe('the head script', () => {
  it.each([
    ['a stored dark theme', 'dark', 'dark'],
    ['a stored light theme', 'light', 'light'],
    ['a tampered theme value', '<img src=x onerror=alert(1)>', undefined],
    ['no stored theme', undefined, undefined],
  ])('applies %s only when it is a theme it knows, and marks that JavaScript runs', (_label, stored, expected) => {
    const page = run({ stored });
    expect(page.dataset['theme']).toBe(expected);
    expect(page.classes.has('js')).toBe(true);
  });

  it('still marks that JavaScript runs when storage is blocked', () => {
    const page = run({ storageThrows: true, list: '/_astro/a.js' });
    expect(page.classes.has('js')).toBe(true);
    page.paint('first-contentful-paint');
    expect(page.imported).toEqual(['/_astro/a.js']);
  });

  it('imports nothing before the first contentful paint, then every listed module once', () => {
    const page = run({ list: '/_astro/runtime.js /_astro/site.js /_astro/helper.js' });
    page.fire('DOMContentLoaded');
    page.paint('first-paint');
    expect(page.imported).toEqual([]);
    page.paint('first-paint', 'first-contentful-paint');
    expect(page.imported).toEqual(['/_astro/runtime.js', '/_astro/site.js', '/_astro/helper.js']);
    page.paint('first-contentful-paint');
    expect(page.imported).toHaveLength(3);
  });

  it('imports the modules 2 s after the load event when no paint is ever reported, and only once', () => {
    const page = run({ list: '/_astro/site.js' });
    page.fire('load');
    page.wait(1999);
    expect(page.imported).toEqual([]);
    page.wait(2000);
    expect(page.imported).toEqual(['/_astro/site.js']);
    page.paint('first-contentful-paint');
    expect(page.imported).toEqual(['/_astro/site.js']);
  });

  it('imports the modules at DOMContentLoaded in a browser without paint timing', () => {
    const page = run({ list: '/course/_astro/site.js', paintTiming: false });
    expect(page.imported).toEqual([]);
    page.fire('DOMContentLoaded');
    expect(page.imported).toEqual(['/course/_astro/site.js']);
  });

  it('waits for nothing on a page without modules (as in astro dev, where Astro loads them itself)', () => {
    const page = run({});
    page.fire('DOMContentLoaded');
    page.paint('first-contentful-paint');
    expect(page.imported).toEqual([]);
  });
});
