import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSONS, NOT_LIVE, expectNoAxeViolations, presetTheme } from './helpers';
import { openCalculator, openMoreFields } from './support/calculator';

// 9.1's numeric question (q-saving-20k: $2,055.00 within $0.01, in USD) reads numbers as the calculator beside it does.
const NUMERIC = /^Question 4\b/;

async function openQuestion(page: Page): Promise<{ quiz: Locator; q: Locator; box: Locator }> {
  await page.goto(LESSONS.whenToFineTune);
  const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
  await expect(async () => {
    await quiz.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0, { timeout: 2000 });
  }).toPass();
  const q = quiz.getByRole('group', { name: NUMERIC });
  return { quiz, q, box: q.getByRole('textbox', { name: 'Your answer (USD)' }) };
}

const score = (quiz: Locator) => quiz.getByText(/^Score:/);
const NOTHING_YET = 'Score: 0 of 5 right at the first try, 5 not answered yet';
const ASKED = 'Did you mean 2,055? Here a point marks decimals, so what you typed reads as 2.055. Choose one, or edit your answer.';

test.describe('a numeric answer', () => {
  for (const right of ['2055$', '2,055 $', 'USD 2055']) {
    test(`takes "${right}" as right at the first try, as the calculator reads a dollar sign or unit on either side`, async ({ page }) => {
      const { quiz, q, box } = await openQuestion(page);
      await box.fill(right);
      await q.getByRole('button', { name: 'Check' }).click();
      await expect(page.locator(':focus')).toContainText(`Correct: ${right} is right.`);
      await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
    });
  }

  test('refuses a stray sign with a message naming exactly what the answer may hold, without counting a try', async ({ page }) => {
    const { quiz, q, box } = await openQuestion(page);
    await box.fill('€2055');
    await box.press('Enter');
    const says = 'Remove “€”: a number here has only digits and a decimal point, with a dollar sign or “USD” before or after it, for example 42.';
    await expect(q.getByText(says).first()).toBeVisible();
    await expect(box).toHaveAccessibleDescription(says);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    // Enter leaves the focus in the box, so the message is also said aloud.
    await expect(q.getByRole('status')).toHaveText(says);
    await expect(score(quiz)).toHaveText(NOTHING_YET);
  });

  test('outlines a refused answer exactly as the calculator outlines a refused field', async ({ page }) => {
    const { q, box } = await openQuestion(page);
    const outline = (input: Locator) =>
      input.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`;
      });
    const calm = await outline(box);
    await box.fill('abc');
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    const refused = await outline(box);
    expect(refused).not.toBe(calm);

    await openCalculator(page);
    await openMoreFields(page);
    const field = page.getByLabel('Daily requests');
    await field.fill('abc');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(refused).toBe(await outline(field));
  });

  test('asks whether 2,055 was meant when "2.055" is typed, without spending the first try, and checks 2,055 once confirmed', async ({ page }) => {
    const { quiz, q, box } = await openQuestion(page);
    await box.fill('2.055');
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.getByText(ASKED)).toBeVisible();
    await expect(box).toBeFocused();
    await expect(box).toHaveAccessibleDescription(ASKED);
    // A question, not a mistake: no invalid outline.
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await expect(box).not.toHaveAttribute('readonly', '');
    await expect(score(quiz)).toHaveText(NOTHING_YET);

    await q.getByRole('button', { name: 'Yes, I meant 2,055' }).click();
    await expect(page.locator(':focus')).toContainText('Correct: 2,055 is right.');
    await expect(box).toHaveValue('2,055');
    await expect(q.getByText(ASKED)).toHaveCount(0);
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
  });

  test('checks "2.055" as typed when the learner answers no, and only then counts the wrong first try', async ({ page }) => {
    const { quiz, q, box } = await openQuestion(page);
    await box.fill('2.055');
    await box.press('Enter');
    await expect(q.getByRole('status')).toHaveText(ASKED);
    await expect(score(quiz)).toHaveText(NOTHING_YET);
    await q.getByRole('button', { name: 'No, check 2.055' }).click();
    await expect(page.locator(':focus')).toContainText('Not quite: 2.055 is not the answer.');
    await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 1 wrong, 4 not answered yet');
  });

  test('drops the question as soon as the learner edits the answer, and takes the edited answer at the first try', async ({ page }) => {
    const { quiz, q, box } = await openQuestion(page);
    await box.fill('2.055');
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.getByText(ASKED)).toBeVisible();
    await box.fill('2055');
    await expect(q.getByText(ASKED)).toHaveCount(0);
    await expect(q.getByRole('button', { name: /^Yes, I meant/ })).toHaveCount(0);
    await box.press('Enter');
    await expect(page.locator(':focus')).toContainText('Correct: 2055 is right.');
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe in the ${theme} theme with a refused answer and with the question about 2,055 open`, async ({ page }) => {
      await presetTheme(page, theme);
      const { q, box } = await openQuestion(page);
      await box.fill('2055%');
      await q.getByRole('button', { name: 'Check' }).click();
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, '.quiz');
      await box.fill('2.055');
      await q.getByRole('button', { name: 'Check' }).click();
      await expect(q.getByRole('button', { name: 'Yes, I meant 2,055' })).toBeVisible();
      await expectNoAxeViolations(page, '.quiz');
    });
  }
});
