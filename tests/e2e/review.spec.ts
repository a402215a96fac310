import { expect, test, type Page } from '@playwright/test';
import { LESSONS, NOT_LIVE, expectNoAxeViolations, presetTheme } from './helpers';

/** Answers question 1 of 9.1's quick quiz ("RAG or fine-tuning for JSON?") with `choice`. */
async function answerInLesson(page: Page, choice: string) {
  await page.goto(LESSONS.whenToFineTune);
  const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
  await expect(async () => {
    await quiz.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0, { timeout: 2000 });
  }).toPass();
  const q1 = quiz.getByRole('group', { name: /^Question 1\b/ });
  await q1.getByLabel(choice, { exact: true }).check();
  await q1.getByRole('button', { name: 'Check' }).click();
}

/** Stored progress with question 1 of 9.1 in review, due long ago. */
const DUE = JSON.stringify({
  version: 3,
  lessons: { [LESSONS.whenToFineTune]: { manifest: {}, answers: {}, review: { 'q-json-format': { box: 2, due: '2020-01-01' } } } },
  position: null,
});

test.describe('review', () => {
  test('brings a question answered wrong back the next day, and a right answer moves it up a step', async ({ page }) => {
    await page.clock.setFixedTime(new Date(2026, 2, 2, 10, 0));
    await answerInLesson(page, 'RAG');
    await page.goto('/review/');
    await expect(page.getByRole('status').first()).toHaveText('Nothing to review today. Next review tomorrow.');

    await page.clock.setFixedTime(new Date(2026, 2, 3, 9, 0));
    await page.reload();
    await expect(page.getByText('1 of 1 question left to review today.')).toBeVisible();
    const q = page.getByRole('group', { name: /^Question 1\b/ });
    await expect(q).toContainText('JSON');
    await expect(page.getByRole('link', { name: 'Open this question in its lesson' })).toHaveAttribute(
      'href',
      `${LESSONS.whenToFineTune}#q-json-format`,
    );
    await q.getByLabel('Fine-tuning', { exact: true }).check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByText('Right: it moves up a step. Due again in 2 days.')).toBeVisible();
    await expect(page.getByText('All done for today. Next review in 2 days.')).toBeVisible();

    await page.clock.setFixedTime(new Date(2026, 2, 4, 9, 0));
    await page.reload();
    await expect(page.getByText('Nothing to review today. Next review tomorrow.')).toBeVisible();
  });

  test('a wrong answer in review sends the question back to step 1, due tomorrow', async ({ page }) => {
    await page.addInitScript((stored) => localStorage.setItem('course-progress', stored), DUE);
    await page.goto('/review/');
    const q = page.getByRole('group', { name: /^Question 1\b/ });
    await q.getByLabel('RAG', { exact: true }).check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByText('Not right this time: it starts again from step 1. Due again tomorrow.')).toBeVisible();
  });

  test('says what a question’s step means: the page explains the five steps, and each question names its own', async ({ page }) => {
    await page.addInitScript((stored) => localStorage.setItem('course-progress', stored), DUE);
    await page.goto('/review/');
    await expect(page.getByText(/a ladder of five steps: step 1 comes back the next day/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'From When to Fine-Tune vs Prompt · step 2 of 5' })).toBeVisible();
  });

  test('says when a lesson cannot be loaded, with a link to it', async ({ page }) => {
    await page.addInitScript((stored) => localStorage.setItem('course-progress', stored), DUE);
    await page.route(`**${LESSONS.whenToFineTune}questions.json`, (route) => route.abort());
    await page.goto('/review/');
    await expect(page.getByText(/could not be loaded: you may be offline/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the lesson' })).toHaveAttribute('href', LESSONS.whenToFineTune);
  });

  for (const { case: what, lessons } of [
    { case: 'a question its lesson no longer asks', lessons: { review: { 'q-gone': { box: 1, due: '2020-01-01' } } } },
    {
      case: 'a question reworded since it was missed',
      lessons: {
        answers: {
          'q-json-format': {
            sig: 'old-wording',
            selected: [0],
            result: 'wrong',
            first: 'wrong',
            revealed: false,
            peeked: false,
            text: '',
            mark: null,
          },
        },
        review: { 'q-json-format': { box: 1, due: '2020-01-01' } },
      },
    },
  ]) {
    test(`lets ${what} leave review for good, saying why`, async ({ page }) => {
      const stored = JSON.stringify({ version: 4, lessons: { [LESSONS.whenToFineTune]: { answers: {}, ...lessons } }, position: null });
      await page.addInitScript((value) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem('course-progress', value);
        sessionStorage.setItem('seeded', '1');
      }, stored);
      await page.goto('/review/');
      await expect(page.getByText('This question is no longer in its lesson as it was, so it has left review.')).toBeVisible();
      await page.reload();
      await expect(page.getByRole('status').first()).toHaveText('Nothing to review today. Nothing to review.');
    });
  }

  test.describe('with its service worker', () => {
    test.use({ serviceWorkers: 'allow' });
    test('works offline, never opened before, with the questions of a lesson read before', async ({ page, context }) => {
      // The question was missed in its lesson, so the lesson was read: the service worker keeps pages as they are read,
      // and the review page is part of the shell it stores on the first visit.
      await page.goto(LESSONS.whenToFineTune);
      await expect(page.getByText(/^Available offline: this page/)).toBeAttached({ timeout: 20_000 });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.evaluate((stored) => localStorage.setItem('course-progress', stored), DUE);
      await context.setOffline(true);
      await page.goto('/review/');
      const q = page.getByRole('group', { name: /^Question 1\b/ });
      await q.getByLabel('Fine-tuning', { exact: true }).check();
      await q.getByRole('button', { name: 'Check' }).click();
      await expect(page.getByText('Right: it moves up a step. Due again in 4 days.')).toBeVisible();
      await context.setOffline(false);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with a question due, in the ${theme} theme`, async ({ page }) => {
      await presetTheme(page, theme);
      await page.addInitScript((stored) => localStorage.setItem('course-progress', stored), DUE);
      await page.goto('/review/');
      await expect(page.getByRole('group', { name: /^Question 1\b/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('fits a 320 px phone with a question due', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.addInitScript((stored) => localStorage.setItem('course-progress', stored), DUE);
    await page.goto('/review/');
    await expect(page.getByRole('group', { name: /^Question 1\b/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
