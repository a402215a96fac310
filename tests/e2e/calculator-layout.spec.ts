import { expect, test, type Page } from '@playwright/test';
import { waitForPageScripts } from '../perf/measure';
import { LESSONS, NOT_LIVE } from './helpers';
import { calculator, chartBox, keyResults, openCalculator, results } from './support/calculator';

// Where each box sits on the page, in CSS pixels.
const box = async (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
    });

for (const width of [320, 390]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    test('shows every column and the caption of the running costs without scrolling sideways', async ({ page }) => {
      await openCalculator(page);
      const scroller = calculator(page).locator('.calc-results .table-scroll');
      const [scrollWidth, clientWidth] = await scroller.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scrollWidth, 'nothing to scroll to inside the box').toBeLessThanOrEqual(clientWidth);
      const frame = await box(page, '.calc-results .table-scroll');
      for (const name of ['GPT-4o + long prompt', 'Fine-tuned GPT-4o-mini', 'Fine-tuning saves']) {
        await expect(results(page).getByRole('columnheader', { name })).toBeVisible();
      }
      const cells = results(page).locator('td:visible, th:visible, caption:visible');
      for (let i = 0; i < (await cells.count()); i++) {
        const b = await cells.nth(i).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, clipped: el.scrollWidth > el.clientWidth + 1, text: el.textContent };
        });
        expect(b.left, `"${b.text}" starts inside the box`).toBeGreaterThanOrEqual(frame.left - 1);
        expect(b.right, `"${b.text}" ends inside the box`).toBeLessThanOrEqual(frame.right + 1);
        expect(b.clipped, `"${b.text}" is not cut off`).toBe(false);
      }
      await expect(
        results(page)
          .getByRole('row', { name: /^Input only, a month/ })
          .getByRole('cell')
          .last(),
      ).toHaveText('$1,027.50');
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page does not scroll sideways').toBeLessThanOrEqual(width);
    });

    test('fits both tables, even at a billion requests a day, without scrolling sideways', async ({ page }) => {
      await openCalculator(page, '?requests=1000000000');
      await calculator(page).getByText('The chart’s figures as a table').click();
      await expect(
        results(page)
          .getByRole('row', { name: /^Total, a year/ })
          .getByRole('cell')
          .first(),
      ).toHaveText('$1,260,000,000.00');
      const overflow = await calculator(page)
        .locator('.table-scroll')
        .evaluateAll((boxes) => boxes.map((el) => el.scrollWidth - el.clientWidth));
      expect(overflow, 'the running costs and the chart figures').toEqual([0, 0]);
    });

    test('shows the effect of a change to the daily requests right beside the field', async ({ page }) => {
      await openCalculator(page);
      const field = page.getByLabel('Daily requests');
      const key = await box(page, '.calc-key');
      const input = await box(page, '#calc-dailyRequests');
      // The key results sit just above the first field, so the keyboard's visible strip above it shows both.
      expect(input.top - key.bottom, 'between the key results and the field').toBeLessThan(120);
      expect(input.top - key.top, 'key results and field fit in a strip a phone keyboard leaves').toBeLessThan(360);
      await field.fill('20000');
      await expect(keyResults(page)).toContainText('Saves$2,055.00 a month');
      await expect(keyResults(page)).toContainText('Pays backWithin the first day.');
      await expect(keyResults(page)).toContainText('Break-even22 requests a day');
      const folded = page.getByLabel('Training examples');
      await expect(folded, 'the rarely changed inputs are folded').toBeHidden();
    });

    test('names the chart lines in a legend whose entries do not overlap, and draws the axes in the page font at 13 px', async ({ page }) => {
      await openCalculator(page);
      const legend = chartBox(page).locator('.calc-chart-legend li');
      await expect(legend).toHaveText([
        'GPT-4o + long prompt',
        'Fine-tuned GPT-4o-mini + training',
        'Now: 10,000 a day',
        'Break-even: 22 a day (at the left edge)',
      ]);
      const boxes = await legend.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        const apart = b.top >= a.bottom - 0.5 || b.left >= a.right - 0.5;
        expect(apart, `legend entries ${i} and ${i + 1} do not overlap`).toBe(true);
      }
      const frame = await box(page, '.calc-chart-box');
      for (const b of boxes) expect(b.right, 'the legend stays inside the chart box').toBeLessThanOrEqual(frame.right);
      const font = await chartBox(page)
        .locator('.calc-chart-legend')
        .evaluate((el) => getComputedStyle(el).fontSize);
      expect(parseFloat(font)).toBeGreaterThanOrEqual(14);
      // The canvas's last font is the one chart.js drew its ticks in; chart.js restores it after a tooltip, which takes
      // the same default family (set from the page), so the ticks show that the family is the page's.
      const [ticks, pageFont] = await chartBox(page)
        .locator('canvas')
        .evaluate((el: HTMLCanvasElement) => [el.getContext('2d')!.font, getComputedStyle(document.body).fontFamily]);
      expect(ticks).toBe(`13px ${pageFont}`);
    });
  });
}

test('puts the key results beside the workload inputs on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openCalculator(page);
  const fields = await box(page, '.calc-top .calc-group');
  const key = await box(page, '.calc-key');
  expect(key.left, 'to the right of the inputs').toBeGreaterThanOrEqual(fields.right);
  expect(key.top, 'level with them').toBeLessThan(fields.top + 40);
});

test.describe('printed', () => {
  test('a calculator not yet scrolled to prints its figures, not "Loading the chart…", and no inputs or widget controls', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    await waitForPageScripts(page);
    await expect(page.locator(NOT_LIVE).filter({ has: calculator(page) }), 'the calculator has not hydrated').toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(calculator(page).getByText('Loading the chart…')).toBeHidden();
    await expect(calculator(page).getByRole('table', { name: /Monthly cost by daily requests/ })).toBeVisible();
    await expect(calculator(page).getByRole('cell', { name: '$2,100.00' })).toBeVisible();
    // Its inputs stay on screen: on paper they took a page and a half of 9.1.
    await expect(page.getByLabel('Training examples'), 'the inputs do not print').toBeHidden();
    await expect(page.getByLabel('Daily requests'), 'the inputs do not print').toBeHidden();
    for (const control of ['The lesson’s example', 'Low volume', 'High volume', 'Reset']) {
      await expect(calculator(page).getByRole('button', { name: control })).toBeHidden();
    }
    await expect(calculator(page).getByText('The chart’s figures as a table')).toBeHidden();
    await expect(calculator(page).getByText(/^Prompts, prices, training and payback/)).toBeHidden();
  });

  test('a drawn chart prints as the chart, with its figures', async ({ page }) => {
    await openCalculator(page);
    await page.emulateMedia({ media: 'print' });
    await expect(chartBox(page).locator('canvas')).toBeVisible();
    await expect(calculator(page).getByRole('table', { name: /Monthly cost by daily requests/ })).toBeVisible();
    await expect(calculator(page).getByRole('button', { name: 'Reset' })).toBeHidden();
  });
});
