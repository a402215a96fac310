import { expect, test } from '@playwright/test';
import { calculator, chartBox, openCalculator, results } from './support/calculator';

// The calculator of lesson 9.1 ("Try your own numbers") on a 320 px phone, with sums in the millions.
test.use({ viewport: { width: 320, height: 740 }, hasTouch: true, isMobile: true });

/** How many lines each figure of a table takes: 1 when no sum is broken. */
const linesPerFigure = (cells: import('@playwright/test').Locator) =>
  cells.evaluateAll((tds) =>
    tds.map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return { text: td.textContent, lines: new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size };
    }),
  );

for (const [scenario, query] of [
  ['100,000 requests a day', '?requests=100000'],
  ['a million requests a day', '?requests=1000000'],
  ['a billion requests a day', '?requests=1000000000'],
] as const) {
  test(`at ${scenario} every sum of the running costs and of the chart’s table stays on one line, inside the screen`, async ({ page }) => {
    await openCalculator(page, query);
    await calculator(page).getByText('The chart’s figures as a table').click();
    const figures = calculator(page).getByRole('table').getByRole('cell');
    for (const { text, lines } of await linesPerFigure(figures)) expect(lines, `"${text}" is broken over lines`).toBe(1);
    for (const cell of await results(page).getByRole('cell').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width, `${await cell.textContent()} ends on screen`).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('"Not current" is written above the chart, never over its lines', async ({ page }) => {
  await openCalculator(page);
  await page.getByLabel('Daily requests').fill('ten');
  const note = chartBox(page).getByText('Not current until the fields are fixed');
  await expect(note).toBeVisible();
  const [text, canvas] = [(await note.boundingBox())!, (await chartBox(page).locator('canvas').boundingBox())!];
  expect(text.y + text.height, 'the note ends above the chart').toBeLessThanOrEqual(canvas.y + 1);
  expect(text.x + text.width).toBeLessThanOrEqual(320);
});
