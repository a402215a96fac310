import { expect, test } from './fixtures';
import { waitForPageScripts } from '../perf/measure';
import { expectNoAxeViolations, LESSONS, presetTheme } from './helpers';
import { calculator, chartBox, expectCells, keyResults, openCalculator, openMoreFields, row } from './support/calculator';

test("shows the lesson's figures by default: $35.00 against $0.75 a day, $1,027.50 saved a month", async ({ page }) => {
  await openCalculator(page);
  await expectCells(row(page, 'Input only, a day'), ['$35.00', '$0.75', '$34.25']);
  await expectCells(row(page, 'Input only, a month'), ['$1,050.00', '$22.50', '$1,027.50']);
  await expect(page.getByLabel('Daily requests')).toHaveValue('10000');
  await expect(page.getByLabel('GPT-4o input price')).toBeHidden();
  await expect(page.getByLabel('GPT-4o input price')).toHaveValue('5.00');
  await expect(page.getByLabel('Fine-tuned input price')).toHaveValue('0.30');
});

test('updates the results, the chart and its table as the learner types', async ({ page }) => {
  await openCalculator(page);
  const canvas = chartBox(page).locator('canvas');
  const before = await canvas.screenshot();
  await page.getByLabel('Daily requests').fill('20000');
  await expectCells(row(page, 'Input only, a day'), ['$70.00', '$1.50', '$68.50']);
  await page.getByLabel('Output per request').fill('100');
  await expectCells(row(page, 'Output, a day'), ['$30.00', '$2.40', '$27.60']);
  await expectCells(row(page, 'Total, a month'), ['$3,000.00', '$117.00', '$2,883.00']);
  await expect(calculator(page).getByText('One-time training cost')).toBeVisible();
  await expect.poll(async () => (await canvas.screenshot()).equals(before)).toBe(false);
  await calculator(page).getByText('The chart’s figures as a table').click();
  await expect(calculator(page).getByText('Current volume: 20,000 requests a day.')).toBeVisible();
  // The polite live region settles on one summary of the new figures.
  await expect(calculator(page).locator('.calc-live')).toContainText('$100.00 a day', { timeout: 5_000 });
});

// [kind of bad input, field, what is typed, the message beside it, a fix]: every kind a field can get, each message naming the problem.
const badInputs: [string, string, string, string, string][] = [
  ['an empty field', 'Daily requests', '', 'This field is empty: enter a number, for example 200.', '10000'],
  ['a negative number', 'Your content per request', '-200', 'Use 0 or more: this cannot be negative.', '200'],
  ['a word', 'GPT-4o input price', 'five', 'Use digits, not letters: for example 0.30.', '5'],
  ['a decimal comma', 'Fine-tuned input price', '0,30', 'Use a point for decimals: 0.30.', '0.3'],
  ['an absurdly large volume', 'Daily requests', '99999999999', 'That is more than this calculator handles: use 1,000,000,000 or less.', '10000'],
  [
    'pasted junk',
    'Fine-tuned input price',
    '<>()',
    'Remove “<”, “>”, “(”: a number here has only digits and a decimal point, with a dollar sign before or after it, for example 0.30.',
    '0.3',
  ],
  ['a fraction of an epoch', 'Epochs', '2.5', 'Use a whole number, without decimals.', '3'],
];

for (const [kind, label, text, message, fix] of badInputs) {
  test(`reports ${kind} beside the field and keeps the last figures on screen, marked as not current`, async ({ page }) => {
    await openCalculator(page);
    await openMoreFields(page);
    // A first change, so the figures kept are the learner's last valid ones, not the lesson's.
    await page.getByLabel('Output per request').fill('100');
    await expectCells(row(page, 'Total, a day'), ['$50.00', '$1.95', '$48.05']);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const field = page.getByLabel(label);
    await field.fill(text);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    await expect(page.locator(`#${errorId}`)).toHaveText(message);
    await expect(
      // Exact: the live region announces the same words after "Results".
      calculator(page).getByText(`Not current. These are the figures for the last valid numbers: fix ${label} to update them.`, { exact: true }),
    ).toBeVisible();
    await expectCells(row(page, 'Total, a day'), ['$50.00', '$1.95', '$48.05']);
    await expect(keyResults(page)).toContainText(`Not current: fix ${label}`);
    await expect(keyResults(page)).toContainText('$1,441.50 a month');
    await expect(chartBox(page)).toHaveClass(/is-paused/);
    await expect(calculator(page)).not.toContainText(/NaN|Infinity/);
    expect(await page.evaluate(() => document.documentElement.scrollHeight), 'the page does not shrink').toBeGreaterThanOrEqual(height);
    await expect(calculator(page).locator('.calc-live')).toContainText(
      `Results not current. These are the figures for the last valid numbers: fix ${label}`,
      {
        timeout: 5_000,
      },
    );

    await field.fill(fix);
    await expect(field, 'no longer marked invalid').not.toHaveAttribute('aria-invalid');
    await expect(calculator(page).getByText('Not current.')).toHaveCount(0);
    await expect(chartBox(page)).not.toHaveClass(/is-paused/);
    await expectCells(row(page, 'Total, a day'), ['$50.00', '$1.95', '$48.05']);
  });
}

test('applies the presets and returns to the lesson with Reset', async ({ page }) => {
  await openCalculator(page);
  await page.getByRole('button', { name: 'High volume' }).click();
  await expect(page.getByLabel('Daily requests')).toHaveValue('1000000');
  await expectCells(row(page, 'Input only, a day'), ['$3,500.00', '$75.00', '$3,425.00']);
  await page.getByRole('button', { name: 'Low volume' }).click();
  await expect(page.getByLabel('Daily requests')).toHaveValue('20');
  await expect(calculator(page).getByText('After 72.8 days.').first()).toBeVisible();
  await openMoreFields(page);
  await page.getByLabel('Epochs').fill('junk');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Epochs')).toHaveValue('3');
  await expect(page.getByLabel('Daily requests')).toHaveValue('10000');
  await expectCells(row(page, 'Input only, a month'), ['$1,050.00', '$22.50', '$1,027.50']);
  await expect(page).toHaveURL(new RegExp(`${LESSONS.whenToFineTune}$`));
});

test('keeps the scenario in the URL so a link reopens it', async ({ page, context }) => {
  await openCalculator(page);
  await page.getByLabel('Daily requests').fill('2,500');
  await openMoreFields(page);
  await page.getByLabel('GPT-4o input price').fill('$2.50');
  await expect(page).toHaveURL(/requests=2500/);
  await expect(page).toHaveURL(/large_in=2\.5/);
  const shared = page.url();

  const other = await context.newPage();
  await other.goto(shared);
  await calculator(other).scrollIntoViewIfNeeded();
  await expect(other.getByLabel('Daily requests')).toHaveValue('2500');
  await expect(other.getByLabel('GPT-4o input price')).toHaveValue('2.50');
  await expectCells(row(other, 'Input only, a day'), ['$4.38', '$0.19', '$4.19']);
});

test('falls back to the default for each tampered URL field and never renders it as HTML', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    return d.dismiss();
  });
  await openCalculator(page, '?requests=abc&tokens=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&large_in=7&epochs=1e999&payback=%E0%A4%A');
  await expect(page.getByLabel('Daily requests')).toHaveValue('10000');
  await expect(page.getByLabel('Your content per request')).toHaveValue('200');
  await expect(page.getByLabel('GPT-4o input price')).toHaveValue('7.00');
  await expectCells(row(page, 'Input only, a day'), ['$49.00', '$0.75', '$48.25']);
  await expect(
    calculator(page).getByText(/cannot use.*Daily requests, Your content per request, Epochs, Pay back the training within/),
  ).toBeVisible();
  await expect(page.locator('.calc img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('does not request chart.js until the calculator is scrolled near', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(LESSONS.whenToFineTune);
  await waitForPageScripts(page);
  expect(requested.filter((u) => /chart/i.test(u))).toEqual([]);
  expect(requested.filter((u) => /CostCalculator/.test(u))).toEqual([]);

  await calculator(page).scrollIntoViewIfNeeded();
  await expect(chartBox(page)).toHaveAttribute('data-status', 'ready');
  expect(requested.filter((u) => /chart/i.test(u)).length).toBeGreaterThan(0);
});

test('draws the chart in the reserved space without shifting the page', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  await page.evaluate(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await calculator(page).scrollIntoViewIfNeeded();
  await expect(chartBox(page)).toHaveAttribute('data-status', 'ready');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
});

test('redraws the chart in the new colours when the theme is toggled', async ({ page }) => {
  await presetTheme(page, 'light');
  await openCalculator(page);
  const canvas = chartBox(page).locator('canvas');
  const light = await canvas.screenshot();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await canvas.screenshot()).equals(light)).toBe(false);
});

for (const theme of ['light', 'dark'] as const) {
  test(`has no axe violations in the ${theme} theme, with valid and with invalid input`, async ({ page }) => {
    // Scoped to the calculator: a11y.spec.ts scans the whole of 9.1, the course's largest page, in both themes.
    await presetTheme(page, theme);
    await openCalculator(page);
    await calculator(page).getByText('The chart’s figures as a table').click();
    await openMoreFields(page);
    await expectNoAxeViolations(page, '.calc');
    await page.getByLabel('Daily requests').fill('-1');
    await expect(calculator(page).getByText('Not current.')).toBeVisible();
    await expectNoAxeViolations(page, '.calc');
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("shows the default scenario's results and the code example", async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    await expect(calculator(page).getByText('These are the lesson’s example figures.')).toBeVisible();
    await expectCells(row(page, 'Input only, a day'), ['$35.00', '$0.75', '$34.25']);
    await expectCells(row(page, 'Input only, a month'), ['$1,050.00', '$22.50', '$1,027.50']);
    await expect(page.getByLabel('Daily requests')).toBeHidden();
    await expect(chartBox(page)).toBeHidden();
    await expect(page.getByText('def input_cost_per_day')).toBeVisible();
  });
});

// What a deploy base changes: the island, its chunks and chart.js load under it, and the scenario stays in its URL.
test(
  'the calculator loads its chart under the deploy base and keeps the scenario in the page’s URL',
  { tag: '@base' },
  async ({ page, at, failedResponses }) => {
    await page.goto(`${at(LESSONS.whenToFineTune)}?requests=20000`);
    const calc = page.locator('.calc');
    await calc.scrollIntoViewIfNeeded();
    await expect(calc.locator('.calc-chart-box')).toHaveAttribute('data-status', 'ready');
    await expect(page.getByLabel('Daily requests')).toHaveValue('20000');
    await page.getByLabel('Daily requests').fill('30000');
    await expect(page).toHaveURL(`${at(LESSONS.whenToFineTune)}?requests=30000`);
    await expect(
      calc
        .getByRole('table', { name: /Running costs/ })
        .getByRole('row', { name: /^Input only, a day/ })
        .getByRole('cell'),
    ).toHaveText(['$105.00', '$2.25', '$102.75']);
    expect(failedResponses).toEqual([]);
  },
);
