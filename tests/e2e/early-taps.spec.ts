import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from './helpers';

/** Holds back the island code matching `pattern` until the returned function is called: a slow network, on demand. */
async function holdBack(page: Page, pattern: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('a tap before a widget has loaded is kept, not lost', () => {
  for (const width of [390, 1280]) {
    test(`Check on a quiz question, pressed before the quiz's code arrives, answers it once it does (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const release = await holdBack(page, /\/QuizWidget\.[^/]*\.js$/);
      await page.goto(`${LESSONS.whenToFineTune}#q-json-format`);
      const question = page.locator('#q-json-format');
      await question.getByLabel('Fine-tuning', { exact: true }).check();
      const check = question.getByRole('button', { name: 'Check' });
      await check.click();
      await expect(check).toHaveAttribute('aria-busy', 'true');
      release();
      await expect(page.locator(':focus')).toContainText('Correct.');
      await expect(page.getByRole('region', { name: 'Quick quiz', exact: true }).getByText(/^Score: 1 of \d+ right at the first try/)).toBeVisible();
    });
  }

  test('a first Enter on Check, before the quiz has loaded, answers the question', async ({ page }) => {
    const release = await holdBack(page, /\/QuizWidget\.[^/]*\.js$/);
    await page.goto(`${LESSONS.whenToFineTune}#q-json-format`);
    const question = page.locator('#q-json-format');
    await question.getByLabel('RAG', { exact: true }).check();
    await question.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    release();
    await expect(page.locator(':focus')).toContainText('Not quite.');
  });

  test('the flowchart’s No, pressed before its code arrives, takes the learner on', async ({ page }) => {
    const release = await holdBack(page, /\/FlowchartNavigator\.[^/]*\.js$/);
    await page.goto(LESSONS.whenToFineTune);
    const chart = page.getByRole('region', { name: 'Which approach should you use?' });
    await chart.scrollIntoViewIfNeeded();
    await chart.getByRole('button', { name: 'No' }).first().click();
    release();
    await expect.poll(() => new URL(page.url()).searchParams.get('approach')).toBe('no');
  });
});
