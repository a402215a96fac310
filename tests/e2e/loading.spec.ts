import { expect, test, type Page } from '@playwright/test';
import { observeVitals, readVitals, scrollThrough, unhydratedIslands, waitForPageScripts } from '../perf/measure';
import { ALL_PAGES, LESSONS } from './helpers';

/** The first contentful paint and the start of every script request, in ms since the navigation started. */
function paintAndScripts(page: Page) {
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname) && !e.name.endsWith('/sw.js'))
      .map((e) => ({ url: e.name, start: Math.round(e.startTime) })),
  }));
}

test.describe('page scripts start after the first paint', () => {
  for (const path of ALL_PAGES) {
    test(`${path} shows its content before it requests any script, then runs them`, async ({ page }) => {
      await page.goto(path);
      await waitForPageScripts(page);
      const { fcp, scripts } = await paintAndScripts(page);
      expect(fcp, 'the page painted').toBeGreaterThan(0);
      expect(scripts.length, 'the page loaded its scripts').toBeGreaterThan(0);
      for (const script of scripts) expect(script.start, `${script.url} started before the first paint (${fcp} ms)`).toBeGreaterThanOrEqual(fcp!);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  }

  for (const width of [390, 1000, 1400]) {
    test(`nothing moves when the scripts start and offline support shows its status, ${width} px wide`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await observeVitals(page);
      await page.goto(LESSONS.whenToFineTune);
      await expect(page.getByText(/Available offline/)).toBeAttached({ timeout: 20_000 });
      const { cls, shifts } = await readVitals(page);
      // The status may only change its own words ("Saving for offline…", then "Available offline").
      expect(
        shifts.filter((s) => !/^\S+ <div class="offline-status/.test(s)),
        'shifts of anything but the status',
      ).toEqual([]);
      expect(cls, shifts.join('\n')).toBeLessThan(0.001);
      await context.close();
    });
  }

  test('a browser without paint timing still runs the scripts and hydrates the widgets', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
    });
    await page.goto(LESSONS.whenToFineTune);
    await waitForPageScripts(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await scrollThrough(page);
    await expect.poll(() => unhydratedIslands(page), { message: 'every island hydrates once seen' }).toEqual([]);
  });
});
