import { expect, test } from '@playwright/test';
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
