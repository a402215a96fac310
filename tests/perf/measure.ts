import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** The four groups page weight is reported in. */
export type Kind = 'html' | 'css' | 'js' | 'other';

/** One response a page received, with its body size raw and gzipped. */
export interface Transfer {
  url: string;
  kind: Kind;
  status: number;
  bytes: number;
  gzipBytes: number;
  /** For HTML: the gzipped size of its inline scripts on their own. */
  inlineJsGzipBytes: number;
}

/** Totals of a set of transfers: count, and gzipped bytes in all and by kind. */
export interface Weight {
  requests: number;
  gzipBytes: number;
  byKind: Record<Kind, number>;
  /** Gzipped size of the scripts written inline in the HTML (counted in html too): JavaScript all the same. */
  inlineJs: number;
  /** External plus inline JavaScript: what the JavaScript budgets are checked against. */
  allJs: number;
}

/** Size of a body once gzipped (level 6, as most servers send it): astro preview sends it uncompressed. */
export function gzipSize(body: Uint8Array): number {
  return body.byteLength === 0 ? 0 : gzipSync(body).byteLength;
}

/** Groups a response by what the browser asked for, falling back to its URL and content type. */
export function kindOf(resourceType: string, url: string, contentType = ''): Kind {
  if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css') || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

/** The text of every inline script in an HTML document (not JSON data blocks, not <script src>). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs) || /type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
    if (m[2]?.trim()) found.push(m[2]);
  }
  return found;
}

/** Sums transfers into a Weight. */
export function weigh(transfers: readonly Transfer[]): Weight {
  const byKind: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
  for (const t of transfers) byKind[t.kind] += t.gzipBytes;
  const inlineJs = transfers.reduce((s, t) => s + t.inlineJsGzipBytes, 0);
  return { requests: transfers.length, gzipBytes: transfers.reduce((s, t) => s + t.gzipBytes, 0), byKind, inlineJs, allJs: byKind.js + inlineJs };
}

/**
 * Records every response the page receives from now on. `settle()` waits for the bodies read so far and returns
 * them all; call it again later (e.g. after scrolling) to get the running total.
 */
export function recordTransfers(page: Page): { settle(): Promise<Transfer[]> } {
  const pending: Promise<Transfer | undefined>[] = [];
  const read = async (response: Response): Promise<Transfer | undefined> => {
    const url = response.url();
    if (url.startsWith('data:')) return undefined;
    const status = response.status();
    let body: Buffer;
    try {
      body = await response.body();
    } catch {
      body = Buffer.alloc(0); // redirects and aborted requests have no body, but they are still requests
    }
    const kind = kindOf(response.request().resourceType(), url, response.headers()['content-type']);
    const inline = kind === 'html' ? inlineScripts(body.toString('utf8')).join('\n') : '';
    return { url, kind, status, bytes: body.byteLength, gzipBytes: gzipSize(body), inlineJsGzipBytes: gzipSize(Buffer.from(inline)) };
  };
  page.on('response', (response) => pending.push(read(response)));
  return {
    settle: async () => (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined),
  };
}

/** Installs observers for largest contentful paint and layout shift before any page script runs. */
export async function observeVitals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __vitals: { lcp: number; cls: number; shifts: string[] } };
    w.__vitals = { lcp: 0, cls: 0, shifts: [] };
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__vitals.lcp = Math.max(w.__vitals.lcp, e.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (e.hadRecentInput) continue;
          w.__vitals.cls += e.value;
          const node = e.sources?.[0]?.node;
          w.__vitals.shifts.push(`${e.value.toFixed(4)} ${node instanceof Element ? node.outerHTML.slice(0, 80) : (node?.nodeName ?? '?')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      // Browsers without these entry types report zeros.
    }
  });
}

/** Reads what observeVitals has seen so far: LCP in ms, CLS, and a short description of each shift. */
export async function readVitals(page: Page): Promise<{ lcp: number; cls: number; shifts: string[] }> {
  return page.evaluate(() => (window as unknown as { __vitals: { lcp: number; cls: number; shifts: string[] } }).__vitals);
}

/**
 * Scrolls to the bottom the way a reader does, a part of a screen at a time with a pause, so client:visible
 * islands (and anything they load when seen) hydrate; then waits for the network to go quiet.
 */
export async function scrollThrough(page: Page, { step = 0.6, pauseMs = 150 } = {}): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const atBottom = await page.evaluate((fraction) => {
      const before = scrollY;
      // 'instant': the site scrolls smoothly, and a smooth scroll has not moved yet when scrollY is read.
      scrollBy({ top: Math.round(innerHeight * fraction), behavior: 'instant' });
      return scrollY === before || scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
    }, step);
    await page.waitForTimeout(pauseMs);
    if (atBottom) break;
  }
  await page.waitForLoadState('networkidle');
}

/** Brings each island into view in turn, so every client:visible widget starts and loads its code, without a reader's scroll. */
export async function showEveryIsland(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island')) {
      // An island has no box of its own (display: contents): Astro watches its children, so they are what is shown.
      // 'instant': the site scrolls smoothly, and a smooth scroll may not reach the island before the next one.
      (island.firstElementChild ?? island).scrollIntoView({ behavior: 'instant', block: 'center' });
      // Two frames: the browser has rendered it in view, so Astro's IntersectionObserver has seen it (a fixed pause
      // can pass without a frame on a busy machine).
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
}

/**
 * Islands that should have hydrated by now (client:load, idle or visible, once scrolled past) but still carry
 * Astro's `ssr` marker. Empty when every island is live.
 */
export async function unhydratedIslands(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('astro-island')]
      // Not live yet: Astro has not run its code.
      .filter((el) => el.hasAttribute('ssr'))
      .filter((el) => /^(load|idle|visible)$/.test(el.getAttribute('client') ?? ''))
      .map((el) => el.getAttribute('component-url') ?? 'unknown island'),
  );
}

/** Waits until every module script the page names has loaded, then for a quiet network: the page's scripts are in. */
export async function waitForPageScripts(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const loaded = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    return [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].every((s) => loaded.has(s.src));
  });
  await page.waitForLoadState('networkidle');
}
