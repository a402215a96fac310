import { devices, expect, test, type Page } from '@playwright/test';
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
import { LESSONS } from './helpers';

// A phone, a cold cache (each test has a fresh context) and no service worker: the weight of the page itself.
const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7'];
test.use({ ...phone, serviceWorkers: 'block' });

const pages = builtPages();
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const list = (transfers: Transfer[]) => transfers.map((t) => `${t.kind} ${kb(t.gzipBytes)} ${t.url}`).join('\n');

// A print edition holds a whole chapter or the course: it has its own HTML budget, lesson pages keep theirs.
const isPrintEdition = (path: string) => path.startsWith('/print/');

for (const path of pages) {
  const htmlBudget = isPrintEdition(path) ? BUDGETS.printHtml : BUDGETS.lessonHtml;
  const totalBudget = isPrintEdition(path) ? BUDGETS.printTotal : BUDGETS.pageTotal;
  const firstLoad = async (page: Page) => {
    const recorder = recordTransfers(page);
    await page.goto(path);
    await waitForPageScripts(page);
    const transfers = await recorder.settle();
    expect(transfers.length, 'the page itself was recorded').toBeGreaterThan(0);
    return { transfers, weight: weigh(transfers) };
  };

  test(`${path} loads at most ${kb(BUDGETS.pageJs)} of JavaScript before scrolling`, async ({ page }) => {
    const { transfers, weight } = await firstLoad(page);
    expect(weight.allJs, `external and inline scripts\n${list(transfers)}`).toBeLessThanOrEqual(BUDGETS.pageJs);
  });

  test(`${path} weighs at most ${kb(totalBudget)} gzipped before scrolling`, async ({ page }) => {
    const { transfers, weight } = await firstLoad(page);
    expect(weight.byKind.html, list(transfers)).toBeGreaterThan(0);
    expect(weight.gzipBytes, list(transfers)).toBeLessThanOrEqual(totalBudget);
  });

  test(`${path} has at most ${kb(htmlBudget)} of HTML gzipped`, async ({ page }) => {
    const { transfers, weight } = await firstLoad(page);
    expect(weight.byKind.html, list(transfers)).toBeGreaterThan(0);
    expect(weight.byKind.html, 'the HTML alone').toBeLessThanOrEqual(htmlBudget);
  });

  test(`${path} loads at most ${kb(BUDGETS.scrolledJs)} of JavaScript, uses no web font and does not shift as islands hydrate while scrolled through`, async ({
    page,
  }) => {
    // A print edition is a whole chapter long: scrolling through it on a phone takes a while.
    if (isPrintEdition(path)) test.setTimeout(150_000);
    await observeVitals(page);
    const recorder = recordTransfers(page);
    await page.goto(path);
    await waitForPageScripts(page);
    await scrollThrough(page);
    await expect.poll(() => unhydratedIslands(page), { message: 'every island hydrates once seen' }).toEqual([]);
    await page.waitForLoadState('networkidle');
    const transfers = await recorder.settle();
    expect(weigh(transfers).allJs, list(transfers)).toBeLessThanOrEqual(BUDGETS.scrolledJs);
    expect(
      transfers.filter((t) => /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(t.url)),
      'no font files',
    ).toEqual([]);
    expect(await page.evaluate(() => document.fonts.size), 'no @font-face').toBe(0);
    const vitals = await readVitals(page);
    expect(vitals.cls, vitals.shifts.join('\n')).toBeLessThan(BUDGETS.cls);
  });
}

test('lesson 9.1 is among the pages checked, so the widget budget covers it', () => {
  expect(pages).toContain(LESSONS.whenToFineTune);
  expect(pages).toContain(LESSONS.datasetPreparation);
});
