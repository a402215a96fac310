import { expect, test } from '@playwright/test';
import { LESSONS } from './helpers';

// Runs against the BASE_PATH=/course/ build: the island, its chunks and chart.js all load under the sub-path.
test('works under a sub-path: loads the chart and keeps the scenario in the /course/ URL', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`/course${LESSONS.whenToFineTune}?requests=20000`);
  const calc = page.locator('.calc');
  await calc.scrollIntoViewIfNeeded();
  await expect(calc.locator('.calc-chart-box')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByLabel('Daily requests')).toHaveValue('20000');
  await page.getByLabel('Daily requests').fill('30000');
  await expect(page).toHaveURL(`/course${LESSONS.whenToFineTune}?requests=30000`);
  await expect(
    calc
      .getByRole('table', { name: /Running costs/ })
      .getByRole('row', { name: /^Input only, a day/ })
      .getByRole('cell'),
  ).toHaveText(['$105.00', '$2.25', '$102.75']);
  expect(failed.filter((f) => !f.endsWith('/favicon.ico'))).toEqual([]);
});
