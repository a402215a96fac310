import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSONS, NOT_LIVE, expectNoAxeViolations, presetTheme } from './helpers';

// 9.1's numeric question (the saving at 20,000 requests a day) and ordering question (the decision framework's
// questions), and their hints (src/components/quiz/README.md).
const NUMERIC = /^Question 4\b/;
const ORDERING = /^Question 5\b/;
const FRAMEWORK = [
  'Can prompting solve it?',
  'Is it a problem of style, format or persona?',
  'Do you need domain knowledge the model does not have?',
];

async function openQuiz(page: Page): Promise<Locator> {
  const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
  await expect(async () => {
    await quiz.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0, { timeout: 2000 });
  }).toPass();
  return quiz;
}

const score = (quiz: Locator) => quiz.getByText(/^Score:/);
const items = (q: Locator) => q.locator('.quiz-order > li > span:first-child');

/** Sorts the ordering question by keyboard only: focus a Move button with Tab, press it with Enter or Space. */
async function sortByKeyboard(page: Page, q: Locator) {
  for (let pass = 0; pass < FRAMEWORK.length; pass++) {
    const shown = await items(q).allTextContents();
    const place = shown.findIndex((text, i) => text !== FRAMEWORK[i]);
    if (place === -1) return;
    const from = shown.indexOf(FRAMEWORK[place]!);
    const up = q.getByRole('button', { name: `Move up ${FRAMEWORK[place]}` });
    await up.focus();
    for (let k = from; k > place; k--) await page.keyboard.press(k % 2 ? 'Enter' : 'Space');
  }
}

test.describe('a numeric question', () => {
  test('accepts 2055, 2,055 and $2,055.00, refuses 2000 with a message, and explains junk without counting it', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page);
    const q = quiz.getByRole('group', { name: NUMERIC });
    const box = q.getByRole('textbox', { name: 'Your answer (USD)' });
    const check = q.getByRole('button', { name: 'Check' });

    for (const [junk, says] of [
      ['', 'This field is empty: enter a number, for example 42.'],
      ['abc', 'Use digits, not letters: for example 42.'],
      ['2.055,00', 'Use a point for decimals, and no other separator: 2055.00.'],
      ['1e999', 'Write the number out in full'],
      ['--5', 'Use one minus sign at most'],
    ]) {
      await box.fill(junk!);
      await check.click();
      await expect(q.getByText(says!)).toBeVisible();
      await expect(box).toBeFocused();
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(box).toHaveAccessibleDescription(new RegExp(says!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 5 not answered yet');

    await box.fill('2000');
    await box.press('Enter');
    await expect(page.locator(':focus')).toContainText('Not quite: 2000 is not the answer.');
    await expect(box).toHaveAttribute('readonly', '');
    await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 1 wrong, 4 not answered yet');

    await q.getByRole('button', { name: 'Try again' }).click();
    await expect(box).toBeFocused();
    await box.fill('2055');
    await check.click();
    await expect(page.locator(':focus')).toContainText('Correct: 2055 is right.');
    await expect(page.locator(':focus')).toContainText('2 × $1,027.50 = $2,055.00');
    await expect(page.locator(':focus')).toContainText('Your score keeps your first try, which was wrong.');
    await q.getByText('Reveal answer').click();
    await expect(q.getByText('Answer: $2,055.00 (anything within $0.01 counts as right)')).toBeVisible();
  });

  for (const right of ['2,055', '$2,055.00', '2055 USD']) {
    test(`takes "${right}" as right at the first try`, async ({ page }) => {
      await page.goto(LESSONS.whenToFineTune);
      const quiz = await openQuiz(page);
      const q = quiz.getByRole('group', { name: NUMERIC });
      await q.getByRole('textbox', { name: 'Your answer (USD)' }).fill(right);
      await q.getByRole('button', { name: 'Check' }).click();
      await expect(page.locator(':focus')).toContainText(`Correct: ${right} is right.`);
      await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
    });
  }

  test('counts as right at the first try with a hint, the hints shown one at a time, and keeps it all after a reload', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    let quiz = await openQuiz(page);
    let q = quiz.getByRole('group', { name: NUMERIC });
    await expect(q.getByText(/^Hint 1 of 2/)).toBeHidden();
    await q.getByRole('button', { name: 'Show a hint (1 of 2)' }).click();
    await expect(page.locator(':focus')).toContainText(/^Hint 1 of 2\s*Start from the saving the lesson works out at 10,000 requests a day\.$/);
    await expect(q.getByText(/^Hint 2 of 2/)).toBeHidden();
    await q.getByRole('button', { name: 'Show a hint (2 of 2)' }).click();
    await expect(page.locator(':focus')).toContainText('Both daily costs grow in step');
    await expect(q.getByRole('button', { name: /Show a hint/ })).toHaveCount(0);

    await q.getByRole('textbox', { name: 'Your answer (USD)' }).fill(' 2,055 ');
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try (1 with a hint), 4 not answered yet');
    await expect(quiz.getByRole('status').filter({ hasText: '(1 with a hint)' })).toHaveCount(1);

    await page.reload();
    quiz = await openQuiz(page);
    q = quiz.getByRole('group', { name: NUMERIC });
    await expect(q.getByRole('textbox', { name: 'Your answer (USD)' })).toHaveValue(' 2,055 ');
    await expect(q.getByText('Correct: 2,055 is right.')).toBeVisible();
    await expect(q.getByText(/^Hint 2 of 2/)).toBeVisible();
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try (1 with a hint), 4 not answered yet');
  });
});

test.describe('an ordering question', () => {
  test('is shown out of order and sorted by keyboard alone, each move announced, then checked right and kept after a reload', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    let quiz = await openQuiz(page);
    let q = quiz.getByRole('group', { name: ORDERING });
    const start = await items(q).allTextContents();
    expect([...start].sort()).toEqual([...FRAMEWORK].sort());
    expect(start).not.toEqual(FRAMEWORK);
    // Every item has buttons that say which item they move; the top one cannot move up, the bottom one down.
    await expect(q.getByRole('button', { name: `Move up ${start[0]}` })).toBeDisabled();
    await expect(q.getByRole('button', { name: `Move down ${start[2]}` })).toBeDisabled();

    const first = start.indexOf(FRAMEWORK[0]!);
    await sortByKeyboard(page, q);
    await expect(items(q)).toHaveText(FRAMEWORK);
    if (first > 0) await expect(q.getByRole('status')).toHaveText(/^Moved to \d of 3: /);
    // The keyboard stays on the moved item's buttons.
    await expect(page.locator(':focus')).toHaveAttribute('aria-labelledby', /-i\d-(up|down) q-framework-order-i\d$/);

    await page.keyboard.press('Tab');
    await q.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toContainText('Correct: that is the order.');
    await expect(page.locator(':focus')).toContainText('Prompting comes first because it costs next to nothing');
    await expect(q.getByRole('button', { name: /^Move/ }).first()).toBeDisabled();
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');

    await page.reload();
    quiz = await openQuiz(page);
    q = quiz.getByRole('group', { name: ORDERING });
    await expect(items(q)).toHaveText(FRAMEWORK);
    await expect(q.getByText('Correct: that is the order.')).toBeVisible();
  });

  test('a wrong order says how many items are in place, Try again keeps the order, and the answer lists the right one', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page);
    const q = quiz.getByRole('group', { name: ORDERING });
    const start = await items(q).allTextContents();
    await q.getByRole('button', { name: 'Check' }).click();
    const placed = start.filter((t, i) => t === FRAMEWORK[i]).length;
    await expect(page.locator(':focus')).toContainText(`Not quite: ${placed} of 3 ${placed === 1 ? 'is' : 'are'} in the right place.`);
    await q.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Move down /);
    await expect(items(q)).toHaveText(start);
    await q.getByText('Reveal answer').click();
    await expect(q.locator('.quiz-key li')).toHaveText(FRAMEWORK);
    await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 1 wrong, 4 not answered yet');
  });

  test('has touch-sized buttons that a tap moves, on a 320 px wide phone, with nothing wider than the screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page);
    const q = quiz.getByRole('group', { name: ORDERING });
    const buttons = q.getByRole('button', { name: /^Move (up|down) / });
    await expect(buttons).toHaveCount(6);
    for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const start = await items(q).allTextContents();
    await q.getByRole('button', { name: `Move down ${start[0]}` }).tap();
    await expect(items(q)).toHaveText([start[1]!, start[0]!, start[2]!]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

test('a choice question has its hint too, and a right answer after it counts as right with a hint', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  const quiz = await openQuiz(page);
  const q = quiz.getByRole('group', { name: /^Question 2\b/ });
  await q.getByRole('button', { name: 'Show a hint (1 of 1)' }).click();
  await expect(page.locator(':focus')).toContainText('Is this about how the chatbot answers, or what it knows?');
  await q.getByLabel('No: RAG is the better choice').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.getByRole('button', { name: /Show a hint/ })).toHaveCount(0);
  await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try (1 with a hint), 4 not answered yet');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the numeric and ordering questions, with hints, feedback and answers open, pass axe in the ${theme} theme`, async ({ page }) => {
    await presetTheme(page, theme);
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page);
    const numeric = quiz.getByRole('group', { name: NUMERIC });
    await numeric.getByRole('button', { name: 'Show a hint (1 of 2)' }).click();
    await numeric.getByRole('textbox', { name: 'Your answer (USD)' }).fill('abc');
    await numeric.getByRole('button', { name: 'Check' }).click();
    await numeric.getByRole('textbox', { name: 'Your answer (USD)' }).fill('2000');
    await numeric.getByRole('button', { name: 'Check' }).click();
    const ordering = quiz.getByRole('group', { name: ORDERING });
    await ordering.getByRole('button', { name: 'Check' }).click();
    await ordering.getByText('Reveal answer').click();
    await expectNoAxeViolations(page, '.quiz');
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the numeric and ordering questions, every item, the hints folded and the answers folded', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = page.getByRole('region', { name: 'Quick quiz' });
    await expect(quiz.getByRole('button')).toHaveCount(0);
    const numeric = quiz.getByRole('group', { name: NUMERIC });
    await expect(numeric).toContainText('At 20,000 requests a day, how much does the fine-tuned model save in a 30-day month?');
    await expect(numeric.getByRole('textbox', { name: 'Your answer (USD)' })).toBeVisible();
    await expect(numeric.getByText(/Start from the saving/)).toBeHidden();
    await numeric.getByText('Hints (2)').click();
    await expect(numeric.getByText(/Start from the saving/)).toBeVisible();
    await expect(numeric.getByText(/Both daily costs grow/)).toBeVisible();
    // The paragraph, not its text: the text sits in an astro-slot (display: contents), which has no box of its own.
    await expect(numeric.locator('.quiz-model')).toBeHidden();
    await numeric.getByText('Reveal answer').click();
    await expect(numeric.getByText('Answer: $2,055.00 (anything within $0.01 counts as right)')).toBeVisible();

    const ordering = quiz.getByRole('group', { name: ORDERING });
    for (const item of FRAMEWORK) await expect(ordering.locator('.quiz-order').getByText(item)).toBeVisible();
    await ordering.getByText('Reveal answer').click();
    await expect(ordering.locator('.quiz-key li')).toHaveText(FRAMEWORK);
  });
});
