import { expect, test } from '@playwright/test';
import { LESSONS } from './helpers';

// A lesson as a phone shows it: a touch screen without hover, 320 and 390 px wide.
for (const [width, height] of [
  [320, 640],
  [390, 844],
] as const) {
  test.describe(`on a ${width} px touch screen`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('the lesson’s own words start on the first screen, under its title, notice and facts', async ({ page }) => {
      await page.goto(LESSONS.whenToFineTune);
      const intro = page.getByRole('main').getByText(/^Fine-tuning changes a model’s weights/);
      const top = await intro.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(height - 60);
      // The trail stops at the chapter: the lesson's name is the heading right below it.
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    });

    test('every section heading shows its link, with no hover needed', async ({ page }) => {
      await page.goto(LESSONS.datasetPreparation);
      const link = page.getByRole('link', { name: /^Link to section: Chat-format JSONL$/ });
      await expect(link).toBeVisible();
      expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const box = (await link.boundingBox())!;
      expect(Math.min(box.width, box.height), 'a touch target of at least 24 px').toBeGreaterThanOrEqual(24);
    });

    test('a code line longer than the screen scrolls inside its box, and the box says there is more', async ({ page }) => {
      await page.goto(`${LESSONS.datasetPreparation}#chat-format-jsonl`);
      const code = page.locator('.code-block pre').first();
      expect(await code.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The cue: a shade painted at the edges, covered where the code ends (scrolling moves the covers, not the shade).
      const layers = await code.evaluate((el) => getComputedStyle(el).backgroundAttachment);
      expect(layers).toMatch(/^local, local, scroll, scroll/);
      await expect(code).toHaveAttribute('tabindex', '0');
    });
  });
}
