import { devices, expect, test } from '@playwright/test';
import { BUDGETS } from '../perf/budgets';
import { builtPages } from '../perf/built-pages';
import {
  observeVitals,
  readVitals,
  recordTransfers,
  scrollThrough,
  unhydratedIslands,
  waitForPageScripts,
  weigh,
  type Transfer,
} from '../perf/measure';
import { collectPageErrors } from '../perf/page-errors';
import { LESSONS } from './helpers';

// A phone, a cold cache (each test has a fresh context) and no service worker: the weight of the page itself.
const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7'];
test.use({ ...phone, serviceWorkers: 'block' });

const pages = builtPages();
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const list = (transfers: Transfer[]) => transfers.map((t) => `${t.kind} ${kb(t.gzipBytes)} ${t.url}`).join('\n');

// A print edition holds a whole chapter or the course: it has its own budget, lesson pages keep theirs. Its HTML, like
// every page's, is held to its budget without a browser (tests/unit/html-budget.test.ts).
const isPrintEdition = (path: string) => path.startsWith('/print/');

// One cold load per page: what it transfers before the learner scrolls, then what scrolling through it adds, and that
// nothing on the way logs an error or a CSP violation.
for (const path of pages) {
  const totalBudget = isPrintEdition(path) ? BUDGETS.printTotal : BUDGETS.pageTotal;
  test(`${path} transfers at most ${kb(totalBudget)} gzipped and ${kb(BUDGETS.pageJs)} of JavaScript before scrolling, and at most ${kb(BUDGETS.scrolledJs)} of JavaScript, no web font, no layout shift and no error as islands hydrate while scrolled through`, async ({
    page,
  }) => {
    // A print edition is a whole chapter long: a phone scrolls through it a screen at a time.
    if (isPrintEdition(path)) test.setTimeout(120_000);
    await observeVitals(page);
    const errors = await collectPageErrors(page);
    const recorder = recordTransfers(page);
    await page.goto(path);
    await waitForPageScripts(page);
    const first = await recorder.settle();
    const before = weigh(first);
    expect(before.byKind.html, `the page itself was recorded\n${list(first)}`).toBeGreaterThan(0);
    expect(before.allJs, `external and inline scripts before scrolling\n${list(first)}`).toBeLessThanOrEqual(BUDGETS.pageJs);
    expect(before.gzipBytes, `everything before scrolling\n${list(first)}`).toBeLessThanOrEqual(totalBudget);

    await scrollThrough(page, isPrintEdition(path) ? { step: 1.5, pauseMs: 50 } : {});
    await expect.poll(() => unhydratedIslands(page), { message: 'every island hydrates once seen' }).toEqual([]);
    await page.waitForLoadState('networkidle');
    const transfers = await recorder.settle();
    expect(weigh(transfers).allJs, `JavaScript once scrolled through\n${list(transfers)}`).toBeLessThanOrEqual(BUDGETS.scrolledJs);
    expect(
      transfers.filter((t) => /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(t.url)),
      'no font files',
    ).toEqual([]);
    expect(await page.evaluate(() => document.fonts.size), 'no @font-face').toBe(0);
    const vitals = await readVitals(page);
    expect(vitals.cls, vitals.shifts.join('\n')).toBeLessThan(BUDGETS.cls);
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    expect(await errors(), 'no error and no CSP violation').toEqual([]);
  });
}

test('lesson 9.1 is among the pages checked, so the widget budget covers it', () => {
  expect(pages).toContain(LESSONS.whenToFineTune);
  expect(pages).toContain(LESSONS.datasetPreparation);
});
