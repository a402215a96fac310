import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LESSONS, NOT_LIVE, expectNoAxeViolations, presetTheme } from './helpers';

/** The end-of-lesson box of the lesson open in `page`, scrolled into view and hydrated. */
async function doneButton(page: Page) {
  const box = page.getByRole('region', { name: 'Lesson done' });
  await expect(async () => {
    await box.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(box.locator(NOT_LIVE)).toHaveCount(0, { timeout: 2000 });
  }).toPass();
  return box.getByRole('button', { name: 'Lesson done' });
}

/** The page's own status line (the first: the save tools below have theirs). */
const pageStatus = (page: Page) => page.getByRole('main').getByRole('status').first();
const lessonItem = (page: Page, title: RegExp) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });

test.describe('your progress', () => {
  test('lists every lesson as not started, with its questions counted, before anything is saved', async ({ page }) => {
    await page.goto('/progress/');
    await expect(pageStatus(page)).toHaveText('Nothing is saved in this browser yet: every lesson is not started.');
    const first = lessonItem(page, /9\.1 When to Fine-Tune vs Prompt/);
    await expect(first).toContainText('Not started');
    await expect(first).toContainText('8 questions');
    await expect(lessonItem(page, /9\.2 Dataset Preparation/)).toContainText('8 questions');
  });

  test('says without JavaScript that it needs JavaScript and browser storage, and still shows the course outline', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/progress/');
    await expect(page.getByText(/this page needs JavaScript to read it/)).toBeVisible();
    await expect(page.getByRole('link', { name: /9\.2 Dataset Preparation/ })).toBeVisible();
    await page.goto('/review/');
    await expect(page.getByText(/so it needs JavaScript/)).toBeVisible();
    await context.close();
  });

  test('a lesson marked done shows it in the sidebar, on the home page and on the progress page, and the mark can be undone', async ({ page }) => {
    await page.goto(LESSONS.datasetPreparation);
    const button = await doneButton(page);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'Lesson marked done' })).toBeAttached();
    const sidebar = page.getByRole('navigation', { name: 'Course' });
    await expect(sidebar.getByText(/^Done · 0 right first time · 0 of 8 answered$/)).toBeAttached();

    await page.goto('/');
    await expect(lessonItem(page, /9\.2 Dataset Preparation/)).toContainText('Done · 0 right first time · 0 of 8 answered');
    await page.goto('/progress/');
    await expect(lessonItem(page, /9\.2 Dataset Preparation/)).toContainText('Done');
    await expect(pageStatus(page)).toContainText('1 of 5 lessons done.');

    await page.goto(LESSONS.datasetPreparation);
    const again = await doneButton(page);
    await expect(again).toHaveAttribute('aria-pressed', 'true');
    await again.click();
    await expect(again).toHaveAttribute('aria-pressed', 'false');
    await expect(sidebar.getByText(/^Done/)).toHaveCount(0);
  });

  test('offers to mark the lesson done once every question is answered', async ({ page }) => {
    await page.goto(LESSONS.datasetPreparation);
    // Every question of 9.2 with its answer opened first (the signatures the lesson publishes): answered or revealed, all of them.
    await page.evaluate(async (lesson) => {
      const published = (await (await fetch(`${lesson}questions.json`)).json()) as {
        quizzes: { questions: { question: { id: string; sig: string } }[] }[];
      };
      const answers = Object.fromEntries(
        published.quizzes.flatMap((quiz) =>
          quiz.questions.map(({ question: { id, sig } }) => [
            id,
            { sig, selected: [], result: null, first: null, revealed: true, peeked: true, text: '', mark: null },
          ]),
        ),
      );
      localStorage.setItem('course-progress', JSON.stringify({ version: 4, lessons: { [lesson]: { answers } }, position: null }));
    }, LESSONS.datasetPreparation);
    await page.reload();
    await doneButton(page);
    await expect(page.getByText('You have answered every question. Mark this lesson done?')).toBeVisible();
  });

  test('counts right first time apart from answered, and the home page continues where the learner left off', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
    await expect(async () => {
      await quiz.scrollIntoViewIfNeeded({ timeout: 2000 });
      await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0, { timeout: 2000 });
    }).toPass();
    const q1 = quiz.getByRole('group', { name: /^Question 1\b/ });
    await q1.getByLabel('RAG', { exact: true }).check();
    await q1.getByRole('button', { name: 'Check' }).click();
    await q1.getByRole('button', { name: 'Try again' }).click();
    await q1.getByLabel('Fine-tuning', { exact: true }).check();
    await q1.getByRole('button', { name: 'Check' }).click();
    const sidebar = page.getByRole('navigation', { name: 'Course' });
    await expect(sidebar.getByText('0 right first time · 1 of 8 answered')).toBeAttached();

    await page.goto('/');
    const resume = page.getByRole('link', { name: /^Continue where you left off: 9\.1 When to Fine-Tune vs Prompt$/ });
    await expect(resume).toBeVisible();
    await expect(resume).toHaveAttribute('href', /^\/fine-tuning\/when-to-fine-tune-vs-prompt\/#[a-z0-9-]+$/);
    await page.goto('/progress/');
    const item = lessonItem(page, /9\.1 When to Fine-Tune vs Prompt/);
    await expect(item).toContainText('In progress');
    await expect(item).toContainText('0 right first time · 1 of 8 answered');
    await expect(item).toContainText(/Last visit \w+/);
    await expect(pageStatus(page)).toContainText('Next review tomorrow');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the progress page has no axe violations in the ${theme} theme`, async ({ page }) => {
      await presetTheme(page, theme);
      await page.addInitScript(() =>
        localStorage.setItem(
          'course-progress',
          JSON.stringify({ version: 3, lessons: { '/fine-tuning/dataset-preparation/': { done: '2026-01-01T00:00:00.000Z' } }, position: null }),
        ),
      );
      await page.goto('/progress/');
      await expect(pageStatus(page)).toContainText('1 of 5 lessons done');
      await expectNoAxeViolations(page);
    });
  }

  test('fits a 320 px phone without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/progress/', '/review/', '/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});

test(
  'the header, home, progress and review pages link under the deploy base, and review fetches its lesson’s questions',
  { tag: '@base' },
  async ({ page, at, seedProgress, failedResponses }) => {
    // Progress is keyed by the lesson path without the base, so the same value works under any base.
    await seedProgress({
      version: 3,
      lessons: { [LESSONS.whenToFineTune]: { manifest: {}, answers: {}, review: { 'q-json-format': { box: 1, due: '2020-01-01' } } } },
      position: { lesson: LESSONS.datasetPreparation, section: 'quick-quiz', at: '2026-01-01T10:00:00.000Z' },
    });
    await page.goto(at('/'));
    const header = page.getByRole('navigation', { name: 'Your progress and review' });
    await expect(header.getByRole('link', { name: 'Progress' })).toHaveAttribute('href', at('/progress/'));
    await expect(header.getByRole('link', { name: 'Review' })).toHaveAttribute('href', at('/review/'));
    await expect(page.getByRole('link', { name: /^Continue where you left off: 9\.2 Dataset Preparation$/ })).toHaveAttribute(
      'href',
      `${at(LESSONS.datasetPreparation)}#quick-quiz`,
    );
    await page.getByRole('link', { name: 'Your progress' }).click();
    await expect(page).toHaveURL(at('/progress/'));
    await expect(page.getByRole('link', { name: /9\.1 When to Fine-Tune vs Prompt/ })).toHaveAttribute('href', at(LESSONS.whenToFineTune));
    await page.getByRole('link', { name: 'Review what you missed' }).click();
    await expect(page.getByRole('group', { name: /^Question 1\b/ })).toContainText('JSON');
    await expect(page.getByRole('link', { name: 'Open this question in its lesson' })).toHaveAttribute(
      'href',
      `${at(LESSONS.whenToFineTune)}#q-json-format`,
    );
    expect(failedResponses).toEqual([]);
  },
);
