import { expect, test } from '@playwright/test';
import { LESSONS } from './helpers';

/** How many A4 pages a PDF has: its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test.describe('a lesson on paper', () => {
  test('9.1 prints on at most 9 A4 pages (12 before), and with every quiz answer unfolded on at most 13', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(9);
    await page.getByLabel('Print the quiz answers too').check();
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(13);
  });

  test('the calculator and the LoRA widget print their figures, not their inputs and buttons', async ({ page }) => {
    for (const [path, inputs, results] of [
      [LESSONS.whenToFineTune, 'Cost calculator inputs', 'Running costs'],
      [LESSONS.lora, 'LoRA adapter inputs', 'Trainable parameters'],
    ] as const) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('form', { name: inputs })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Reset' })).toBeHidden();
      await expect(page.getByText(results).first()).toBeVisible();
    }
  });

  test('an answer left folded is not printed as a "Reveal answer" button', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('Reveal answer', { exact: true }).count()).toBeGreaterThan(0);
    for (const summary of await page.getByText('Reveal answer', { exact: true }).all()) await expect(summary).toBeHidden();
  });
});
