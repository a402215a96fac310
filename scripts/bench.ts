/**
 * npm run bench: builds the site, serves it gzip-compressed (tests/support/static-server.ts), and measures each page on
 * a phone with a cold cache (requests, gzipped bytes by type before and after scrolling, LCP, CLS); then times cold
 * builds of generated courses.
 * Then the offline figures (#17): a first visit's bytes (everything the server sent, the service worker's fetches
 * included) and the full download's size, for the real course and a generated 500-lesson one next to it.
 * Flags: --no-build (measure dist/ as it is), --no-build-times, --sizes=1,100,500, --offline-only, --no-offline-500.
 * Writes bench-results.json.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser.ts';
import { builtPages, DIST } from '../tests/perf/built-pages.ts';
import { generateCourse, spreadShape } from '../tests/perf/generate-course.ts';
import {
  observeVitals,
  readVitals,
  recordTransfers,
  scrollThrough,
  unhydratedIslands,
  waitForPageScripts,
  weigh,
  type Weight,
} from '../tests/perf/measure.ts';
import { startCountingServer } from '../tests/perf/counting-proxy.ts';
import { buildSiteOrThrow, PROJECT } from '../tests/support/astro.ts';
import { freePort, startStaticServer } from '../tests/support/static-server.ts';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1,100,500')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

interface PageResult {
  page: string;
  before: Weight;
  after: Weight;
  lcpMs: number;
  cls: number;
  unhydrated: string[];
}

async function measurePages(): Promise<PageResult[]> {
  const server = await startStaticServer(DIST, '/', { port: await freePort(), host: 'localhost' });
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7'];
  const results: PageResult[] = [];
  try {
    for (const page of builtPages()) {
      // A fresh context per page is a cold cache; service workers are blocked so only the page's own requests count.
      const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
      const tab = await context.newPage();
      await observeVitals(tab);
      const recorder = recordTransfers(tab);
      await tab.goto(new URL(page.slice(1), server.url).href);
      await waitForPageScripts(tab);
      const before = weigh(await recorder.settle());
      const { lcp } = await readVitals(tab);
      await scrollThrough(tab);
      await tab.waitForTimeout(500);
      const after = weigh(await recorder.settle());
      const { cls } = await readVitals(tab);
      results.push({ page, before, after, lcpMs: Math.round(lcp), cls: Number(cls.toFixed(4)), unhydrated: await unhydratedIslands(tab) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

async function timeBuilds(): Promise<{ lessons: number; ms: number; msPerLesson: number }[]> {
  const rows = [];
  for (const n of sizes) {
    const name = `.bench-build-${n}`;
    const root = join(PROJECT, 'tests', 'fixtures', name);
    await generateCourse(root, spreadShape(n));
    const { ms } = await buildSiteOrThrow({ root });
    rows.push({ lessons: n, ms: Math.round(ms), msPerLesson: Number((ms / n).toFixed(1)) });
    console.log(`  cold build of ${n} lesson(s): ${Math.round(ms)} ms`);
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}

function printPages(results: PageResult[]): void {
  console.log('\nPage weight on a phone, cold cache, gzipped KB (computed from response bodies), service worker blocked.');
  console.log('"inline js" is the part of html that is inline <script>; "js KB scrolled" counts both, after scrolling to the bottom.');
  console.table(
    results.map((r) => ({
      page: r.page,
      requests: r.before.requests,
      'total KB': kb(r.before.gzipBytes),
      html: kb(r.before.byKind.html),
      css: kb(r.before.byKind.css),
      js: kb(r.before.byKind.js),
      'inline js': kb(r.before.inlineJs),
      other: kb(r.before.byKind.other),
      'requests scrolled': r.after.requests,
      'js KB scrolled': kb(r.after.allJs),
      'LCP ms': r.lcpMs,
      CLS: r.cls,
    })),
  );
  for (const r of results.filter((r) => r.unhydrated.length > 0)) console.log(`  ${r.page}: islands never hydrated: ${r.unhydrated.join(', ')}`);
}

interface OfflineResult {
  course: string;
  firstVisitBytes: number;
  firstVisitRequests: number;
  swBytes: number;
  downloadBytes: number;
}

/** A first visit to `lesson` with the service worker allowed: what the server sent until this page is stored offline. */
async function measureOffline(dir: string, course: string, lesson: string): Promise<OfflineResult> {
  const server = await startCountingServer(dir, '/');
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.goto(server.url + lesson.slice(1));
    await tab
      .locator('[data-offline-text]')
      .filter({ hasText: /^Available offline: this page$/ })
      .waitFor({ state: 'attached', timeout: 60_000 });
    await tab.waitForLoadState('networkidle');
    const index = JSON.parse(await readFile(join(dir, 'offline-index.json'), 'utf8')) as { files: Record<string, [string, number]> };
    return {
      course,
      firstVisitBytes: server.sent.reduce((n, s) => n + s.bytes, 0),
      firstVisitRequests: server.sent.length,
      swBytes: server.sent.filter((s) => s.path.endsWith('/sw.js')).reduce((n, s) => n + s.bytes, 0),
      downloadBytes: Object.values(index.files).reduce((n, [, b]) => n + b, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function offlineFigures(): Promise<OfflineResult[]> {
  const lesson = '/fine-tuning/when-to-fine-tune-vs-prompt/';
  const rows = [await measureOffline(DIST, 'real (2 lessons)', lesson)];
  if (!args.includes('--no-offline-500')) {
    const root = join(PROJECT, 'tests', 'fixtures', '.bench-offline-500');
    await generateCourse(root, spreadShape(500), { withRealLessons: true });
    await buildSiteOrThrow({ root });
    rows.push(await measureOffline(join(root, 'dist'), 'generated (500 + 2 lessons)', lesson));
    await rm(root, { recursive: true, force: true });
  }
  console.log('\nOffline: a first visit to lesson 9.1 (bytes as sent, gzip, service worker fetches included) and the full download.');
  console.table(
    rows.map((r) => ({
      course: r.course,
      'first visit KB': kb(r.firstVisitBytes),
      requests: r.firstVisitRequests,
      'sw.js KB': kb(r.swBytes),
      'download KB': kb(r.downloadBytes),
    })),
  );
  return rows;
}

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
if (args.includes('--offline-only')) {
  results['offline'] = await offlineFigures();
  await writeFile(join(PROJECT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.exit(0);
}
if (!args.includes('--no-build')) {
  console.log('Building the site (dist/)...');
  results['siteBuildMs'] = Math.round((await buildSiteOrThrow()).ms);
}
const pages = await measurePages();
printPages(pages);
results['pages'] = pages;
if (!args.includes('--no-build-times')) {
  console.log('\nTiming cold builds of generated courses...');
  const builds = await timeBuilds();
  console.table(builds.map((b) => ({ lessons: b.lessons, 'build ms': b.ms, 'ms per lesson': b.msPerLesson })));
  results['builds'] = builds;
}
results['offline'] = await offlineFigures();
await writeFile(join(PROJECT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench-results.json');
