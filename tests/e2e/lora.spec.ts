import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, LESSONS, NOT_LIVE, presetTheme } from './helpers';

// The LoRA widget on lesson 9.3, by role and label as a learner meets it.
const widget = (page: Page) => page.locator('.lora');
/** The figure the results give for a term, e.g. "Trainable parameters". */
const figure = (page: Page, term: string) =>
  widget(page)
    .locator('.lora-key > div')
    .filter({ has: page.getByText(term, { exact: true }) })
    .getByRole('definition');
const field = (page: Page, name: 'Hidden size' | 'Layers' | 'Rank' | 'Base model size') => page.getByLabel(new RegExp(`^${name} \\(`));

async function expectFigures(page: Page, [trainable, share, size]: [string, string, string]) {
  await expect(figure(page, 'Trainable parameters')).toHaveText(trainable);
  await expect(figure(page, 'Share of the base model')).toHaveText(share);
  await expect(figure(page, 'Adapter size at 16-bit')).toHaveText(size);
}

/** Opens lesson 9.3 (optionally with a query) and waits until the widget answers input. */
async function openWidget(page: Page, query = '') {
  await page.goto(`${LESSONS.lora}${query}`);
  await widget(page).scrollIntoViewIfNeeded();
  await expect(page.locator(NOT_LIVE).filter({ has: widget(page) })).toHaveCount(0);
}

const LESSON: [string, string, string] = ['4,194,304', '0.06%', '8.4 MB'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("shows the lesson's figures and the sum behind them, and says the inputs need JavaScript", async ({ page }) => {
    await page.goto(LESSONS.lora);
    await expectFigures(page, LESSON);
    await expect(widget(page).getByText('32 layers × 2 matrices × rank 8 × (4,096 + 4,096) = 4,194,304')).toBeVisible();
    await expect(widget(page).getByText('Turn on JavaScript to try your own model and rank.')).toBeVisible();
    await expect(field(page, 'Rank')).toBeHidden();
  });
});

test('updates the results, the page address and the live region as the learner changes the inputs', async ({ page }) => {
  await openWidget(page);
  await expectFigures(page, LESSON);
  await expect(widget(page).getByText('These are the lesson’s example figures.')).toBeHidden();
  await field(page, 'Rank').fill('16');
  await expectFigures(page, ['8,388,608', '0.13%', '16.8 MB']);
  await expect(page).toHaveURL(/\?r=16$/);
  await page.getByRole('checkbox', { name: 'Key (W_k)' }).check();
  await page.getByRole('checkbox', { name: 'Output (W_o)' }).check();
  await expectFigures(page, ['16,777,216', '0.25%', '33.6 MB']);
  await expect(page).toHaveURL(/\?r=16&m=qkvo$/);
  await expect(widget(page).getByText('32 layers × 4 matrices × rank 16 × (4,096 + 4,096) = 16,777,216')).toBeVisible();
  await expect(widget(page).locator('.lora-live')).toHaveText('16,777,216 trainable parameters, 0.25% of the base model, 33.6 MB at 16-bit.', {
    timeout: 5_000,
  });
  await widget(page).getByRole('button', { name: 'Reset', exact: true }).click();
  await expectFigures(page, LESSON);
  await expect(page).toHaveURL(new RegExp(`${LESSONS.lora}$`));
});

test('a shared link reopens the same setup', async ({ page, context }) => {
  await openWidget(page);
  await field(page, 'Hidden size').fill('8192');
  await field(page, 'Layers').fill('80');
  await field(page, 'Base model size').fill('70');
  await expectFigures(page, ['20,971,520', '0.03%', '41.9 MB']);
  const shared = page.url();
  expect(shared).toMatch(/\?d=8192&layers=80&base=70$/);

  const other = await context.newPage();
  await openWidget(other, new URL(shared).search);
  await expect(field(other, 'Hidden size')).toHaveValue('8192');
  await expect(field(other, 'Layers')).toHaveValue('80');
  await expect(field(other, 'Base model size')).toHaveValue('70');
  await expectFigures(other, ['20,971,520', '0.03%', '41.9 MB']);
});

test('a tampered link falls back to the lesson for each bad value, says which, and renders nothing it carried as HTML', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), d.dismiss()));
  await openWidget(page, '?d=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&layers=16&r=1e9&m=qz&base=%E0%A4%A');
  await expect(widget(page).getByText('The link held values this widget cannot use')).toContainText(
    'Hidden size, Rank, Base model size, Matrices adapted',
  );
  await expect(field(page, 'Hidden size')).toHaveValue('4096');
  await expect(field(page, 'Layers')).toHaveValue('16');
  await expectFigures(page, ['2,097,152', '0.03%', '4.2 MB']);
  await expect(widget(page).locator('img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

// [kind of bad input, field, what is typed, the message beside it]
const badInputs: [string, 'Hidden size' | 'Layers' | 'Rank' | 'Base model size', string, string][] = [
  ['an empty field', 'Hidden size', '', 'This field is empty: enter a number, for example 200.'],
  ['a negative number', 'Layers', '-32', 'Use 1 or more.'],
  ['a huge hidden size', 'Hidden size', '99999999999', 'That is more than this calculator handles: use 65,536 or less.'],
  ['text', 'Rank', 'eight', 'Use digits, not letters: for example 200.'],
  ['"1e9"', 'Base model size', '1e9', 'Write the number out in full, without “e”: for example 1000000, not 1e6.'],
  ['pasted junk', 'Layers', '<script>', 'Use digits, not letters: for example 200.'],
  [
    'a rank above the hidden size',
    'Rank',
    '5000',
    "The rank can be at most the hidden size, 4,096: LoRA's update is meant to be much smaller than the matrix.",
  ],
];

for (const [kind, name, text, message] of badInputs) {
  test(`reports ${kind} beside the field and keeps the last figures, marked as not current`, async ({ page }) => {
    await openWidget(page);
    await field(page, 'Rank').fill('16');
    await expectFigures(page, ['8,388,608', '0.13%', '16.8 MB']);
    const input = field(page, name);
    await input.fill(text);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(
      widget(page).getByText(`Not current. These are the figures for the last valid inputs: fix ${name} to update them.`, { exact: true }),
    ).toBeVisible();
    await expectFigures(page, ['8,388,608', '0.13%', '16.8 MB']);
    await expect(page).toHaveURL(/\?r=16$/);
    await expect(widget(page)).not.toContainText(/NaN|Infinity|undefined/);
    await expect(widget(page).locator('.lora-live')).toHaveText(`Results not current: fix ${name}.`, { timeout: 5_000 });
  });
}

test('asks for at least one matrix when every box is cleared', async ({ page }) => {
  await openWidget(page);
  await page.getByRole('checkbox', { name: 'Query (W_q)' }).uncheck();
  await page.getByRole('checkbox', { name: 'Value (W_v)' }).uncheck();
  await expect(page.getByRole('group', { name: 'Matrices adapted in each layer' })).toHaveAccessibleDescription(
    /Choose at least one matrix to adapt: with none, LoRA trains nothing\./,
  );
  await expect(widget(page).getByText('Not current.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Value (W_v)' }).check();
  await expectFigures(page, ['2,097,152', '0.03%', '4.2 MB']);
  await expect(page).toHaveURL(/\?m=v$/);
});

test('works from the keyboard alone, with a visible focus on every control', async ({ page }) => {
  await openWidget(page);
  // From the section's own "#" link just above the widget, as a keyboard user arrives at it.
  await page.getByRole('link', { name: 'Link to section: Try the numbers' }).focus();
  const order = ['Hidden size', 'Layers', 'Query (W_q)', 'Key (W_k)', 'Value (W_v)', 'Output (W_o)', 'Rank', 'Base model size', 'Reset'];
  for (const name of order) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAccessibleName(new RegExp(`^${name.replace(/[()]/g, '\\$&')}`));
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, `${name} shows where the focus is`).not.toBe('none');
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('32');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  // Query, value and now output, at rank 32.
  await expectFigures(page, ['25,165,824', '0.38%', '50.3 MB']);
  await expect(page.getByRole('checkbox', { name: 'Output (W_o)' })).toBeChecked();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(widget(page).getByRole('button', { name: 'Reset', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectFigures(page, LESSON);
});

for (const theme of ['light', 'dark'] as const) {
  test(`passes axe in the ${theme} theme, with and without a message shown`, async ({ page }) => {
    await presetTheme(page, theme);
    await openWidget(page);
    await expectNoAxeViolations(page, '.lora');
    await field(page, 'Rank').fill('-1');
    await page.getByRole('checkbox', { name: 'Query (W_q)' }).uncheck();
    await page.getByRole('checkbox', { name: 'Value (W_v)' }).uncheck();
    await expect(widget(page).getByText('Not current.')).toBeVisible();
    await expectNoAxeViolations(page, '.lora');
  });
}

test.describe('on a 320px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('fits without scrolling sideways, at the largest figures and with a message shown', async ({ page }) => {
    await openWidget(page, '?d=65536&layers=1000&r=65536&m=qkvo&base=10000');
    await expectFigures(page, ['34,359,738,368,000', '343.60%', '68.7 TB']);
    await expect(widget(page).getByText('That is more than the whole base model: check its size.')).toBeVisible();
    await field(page, 'Base model size').fill('a very long piece of pasted text that will not fit');
    await expect(field(page, 'Base model size')).toHaveAttribute('aria-invalid', 'true');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await widget(page).boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
  });
});

test(
  'the LoRA widget reads a shared setup and writes changes into the page’s URL under the deploy base',
  { tag: '@base' },
  async ({ page, at, failedResponses }) => {
    await page.goto(`${at(LESSONS.lora)}?r=16`);
    const widget = page.locator('.lora');
    await widget.scrollIntoViewIfNeeded();
    await expect(page.locator(NOT_LIVE).filter({ has: widget })).toHaveCount(0);
    await expect(page.getByLabel(/^Rank \(/)).toHaveValue('16');
    await page.getByLabel(/^Rank \(/).fill('32');
    await expect(page).toHaveURL(`${at(LESSONS.lora)}?r=32`);
    await expect(widget.locator('.lora-key')).toContainText('16,777,216');
    expect(failedResponses).toEqual([]);
  },
);
