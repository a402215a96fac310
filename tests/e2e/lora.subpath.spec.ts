import { expect, test } from '@playwright/test';
import { LESSONS, NOT_LIVE } from './helpers';

// Runs against the BASE_PATH=/course/ build: the widget loads under the sub-path and keeps its setup in the /course/ URL.
test('works under a sub-path: reads a shared setup and writes changes into the /course/ URL', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`/course${LESSONS.lora}?r=16`);
  const widget = page.locator('.lora');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator(NOT_LIVE).filter({ has: widget })).toHaveCount(0);
  await expect(page.getByLabel(/^Rank \(/)).toHaveValue('16');
  await page.getByLabel(/^Rank \(/).fill('32');
  await expect(page).toHaveURL(`/course${LESSONS.lora}?r=32`);
  await expect(widget.locator('.lora-key')).toContainText('16,777,216');
  expect(failed.filter((f) => !f.endsWith('/favicon.ico'))).toEqual([]);
});
