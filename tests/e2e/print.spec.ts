import { expect, test } from '@playwright/test';
import { waitForPageScripts } from '../perf/measure';
import { LESSONS } from './helpers';

// Printing a lesson: the learner chooses before printing whether every quiz answer prints, unfolded.
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('"Print the quiz answers too" prints every answer unfolded without opening one on screen', async ({ page }) => {
      await page.goto(LESSONS.whenToFineTune);
      const option = page.getByRole('checkbox', { name: 'Print the quiz answers too' });
      const modelAnswer = page.getByText('It is when fine-tuning a model on one specific task makes it worse', { exact: false });
      const scenarioKey = page.getByText('Formal legal English is a style: it is about how the model writes', { exact: false }).first();

      await page.emulateMedia({ media: 'print' });
      await expect(modelAnswer).toBeHidden();
      await expect(option).toBeHidden();

      await page.emulateMedia({ media: 'screen' });
      await option.check();
      await page.emulateMedia({ media: 'print' });
      await expect(modelAnswer).toBeVisible();
      await expect(scenarioKey).toBeVisible();
      // Nothing was opened: on screen every answer is still folded, so no question counts as revealed.
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('details.quiz-answer[open]')).toHaveCount(0);
      await expect(modelAnswer).toBeHidden();
    });
  });
}

// Paper is light whatever the theme: the Dark theme printed grey text on white (or black pages with background graphics on).
test('a lesson read in the Dark theme prints dark text on white, its code and tables too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSONS.whenToFineTune);
  await waitForPageScripts(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  const colours = () =>
    page.evaluate(() => {
      const colour = (selector: string, property: 'color' | 'backgroundColor') => getComputedStyle(document.querySelector(selector)!)[property];
      return {
        page: colour('body', 'backgroundColor'),
        text: colour('.prose > p', 'color'),
        cell: colour('.prose td', 'color'),
        code: colour('.code-block pre', 'color'),
      };
    });
  await expect.poll(async () => (await colours()).page).toBe('rgb(255, 255, 255)');
  const { text, cell, code } = await colours();
  for (const [what, value] of Object.entries({ text, cell, code })) {
    const [r, g, b] = value.match(/\d+/g)!.map(Number);
    expect(Math.max(r!, g!, b!), `${what} is dark (${value})`).toBeLessThan(80);
  }
});
