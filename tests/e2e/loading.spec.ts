import { expect, test } from '@playwright/test';
import { observeVitals, readVitals, waitForPageScripts } from '../perf/measure';
import { ALL_PAGES, LESSONS } from './helpers';

// The service worker is part of what these tests check (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test.describe('pages paint from their HTML alone', () => {
  for (const path of ALL_PAGES) {
    test(`${path} needs no other file before its first paint, then runs its scripts`, async ({ page }) => {
      await page.goto(path);
      await waitForPageScripts(page);
      const blocking = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
          .map((e) => e.name),
      );
      expect(blocking, 'render-blocking requests (the screen styles are inline, scripts are modules)').toEqual([]);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
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
});
