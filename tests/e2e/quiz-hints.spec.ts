import { expect, test } from '@playwright/test';
import { LESSONS } from './helpers';

const QUESTION = '#q-drug-interactions';

test('before the quiz has loaded, a question with hints shows its "Show a hint" button, not an empty box', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/QuizWidget\.[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${LESSONS.whenToFineTune}${QUESTION}`);
  const question = page.locator(QUESTION);
  await expect(question.getByRole('button', { name: 'Show a hint (1 of 1)' })).toBeVisible();
  await expect(question.locator('details:visible', { hasText: 'Hints (1)' })).toHaveCount(0);
  // Pressed now, it is kept and shows the hint once the quiz runs.
  await question.getByRole('button', { name: 'Show a hint (1 of 1)' }).click();
  release();
  await expect(question.getByText('Hint 1 of 1')).toBeVisible();
});

for (const withAnswers of [false, true]) {
  test(`printed ${withAnswers ? 'with' : 'without'} "Print the quiz answers too", the hints ${withAnswers ? 'print, every one' : 'do not print, nor an empty box'}`, async ({
    page,
  }) => {
    await page.goto(LESSONS.whenToFineTune);
    if (withAnswers) await page.getByLabel('Print the quiz answers too').check();
    await page.emulateMedia({ media: 'print' });
    const question = page.locator(QUESTION);
    if (withAnswers) await expect(question.getByText('Hint 1 of 1')).toBeVisible();
    else await expect(question.locator('.quiz-hints')).toBeHidden();
  });
}
