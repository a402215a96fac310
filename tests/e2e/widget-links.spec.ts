import { expect, test } from '@playwright/test';
import { LESSONS, NOT_LIVE } from './helpers';

// A link with a widget's state opens at the widget, not 3,000-4,700 px above it at the top of the lesson.
const LINKS = [
  { widget: 'the cost calculator', path: `${LESSONS.whenToFineTune}?requests=50000&output=100`, role: 'form', name: 'Cost calculator inputs' },
  { widget: 'the decision flowchart', path: `${LESSONS.whenToFineTune}?approach=yes`, role: 'region', name: 'Which approach should you use?' },
  { widget: 'the LoRA widget', path: `${LESSONS.lora}?r=16`, role: 'form', name: 'LoRA adapter inputs' },
];

for (const width of [320, 390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 1000 ? 740 : 800 } });
    for (const { widget, path, role, name } of LINKS) {
      test(`a shared link to ${widget} opens with the widget on screen`, async ({ page }) => {
        await page.goto(path);
        const target = page.getByRole(role as 'form' | 'region', { name });
        await expect(async () => {
          const box = await target.boundingBox();
          expect(box).not.toBeNull();
          expect(box!.y).toBeGreaterThanOrEqual(0);
          expect(box!.y).toBeLessThan(page.viewportSize()!.height * 0.75);
        }).toPass({ timeout: 5000 });
      });
    }
  });
}

test('a link with values the calculator cannot use says which, and drops them from the address', async ({ page }) => {
  await page.goto(`${LESSONS.whenToFineTune}?requests=-4&output=abc&utm_source=mail`);
  await expect(page.locator(NOT_LIVE).filter({ has: page.getByRole('form', { name: 'Cost calculator inputs' }) })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'The link held values this calculator cannot use' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The link held values' })).toContainText('Daily requests, Output per request');
  await expect.poll(() => new URL(page.url()).search).toBe('?utm_source=mail');
});

test('a reload keeps the place the learner scrolled to', async ({ page }) => {
  await page.goto(`${LESSONS.whenToFineTune}?requests=50000`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
});
