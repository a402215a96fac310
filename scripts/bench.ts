/**
 * npm run bench: builds the site, serves it gzip-compressed (tests/support/static-server.ts), and measures each page on
 * a phone with a cold cache (requests, gzipped bytes by type before and after scrolling, LCP, CLS); then times cold
 * builds of generated courses.
 * Flags: --no-build (measure dist/ as it is), --no-build-times, --sizes=1,100,500. Writes bench-results.json.
 */
import { rm, writeFile } from 'node:fs/promises';
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

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
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
await writeFile(join(PROJECT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench-results.json');
