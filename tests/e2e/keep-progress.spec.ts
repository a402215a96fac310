// Keeping the learner's progress: persistent storage asked for once there is progress to lose, Safari's seven-day
// warning beside the save tools, and saving and loading from the progress page.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS, NOT_LIVE } from './helpers';

const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const NOTE =
  'Safari may delete your answers if you do not visit this site for seven days. Save your progress to a file to keep a copy you can load again.';

/** Counts calls to navigator.storage.persist() and makes persisted() answer `persisted`. */
async function watchPersist(page: Page, persisted: boolean): Promise<void> {
  await page.addInitScript((persisted) => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    navigator.storage.persist = async () => {
      w.persistCalls++;
      return persisted;
    };
    navigator.storage.persisted = async () => persisted;
  }, persisted);
}
/** Opens the progress page and waits until its save and load tools have started. */
async function openProgressPage(page: Page): Promise<void> {
  await page.goto('/progress/');
  const tools = page.getByRole('region', { name: 'Keep a copy, or move to another browser' });
  // The tools hydrate as they scroll into view, like every island of the site.
  await tools.scrollIntoViewIfNeeded();
  await expect(tools.locator(NOT_LIVE)).toHaveCount(0);
}
const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

/** Answers question n (a choice question) of lesson 9.1's quick quiz with its first choice. */
async function answerQuestion(page: Page, n = 0): Promise<void> {
  const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
  await expect(async () => {
    await quiz.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(quiz.locator(NOT_LIVE)).toHaveCount(0, { timeout: 2000 });
  }).toPass();
  const question = quiz
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .nth(n);
  await question.getByRole('radio').first().check();
  await question.getByRole('button', { name: 'Check' }).click();
}

test('the browser is asked once to keep the site’s storage, when the first answer is saved, not before', async ({ page }) => {
  await watchPersist(page, true);
  await page.goto(LESSONS.whenToFineTune);
  await page.waitForLoadState('networkidle');
  expect(await persistCalls(page)).toBe(0);
  await answerQuestion(page);
  await expect.poll(() => persistCalls(page)).toBe(1);
  // Asked once: another answer after a reload does not ask again.
  await page.reload();
  await answerQuestion(page, 1);
  await page.waitForLoadState('networkidle');
  expect(await persistCalls(page)).toBe(0);
});

test.describe('in Safari', () => {
  test.use({ userAgent: SAFARI });

  test('a learner with progress the browser may clear is told so beside the save tools, in the quiz and on the progress page', async ({ page }) => {
    await watchPersist(page, false);
    await page.goto(LESSONS.whenToFineTune);
    const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
    await answerQuestion(page);
    await expect(quiz.getByText(NOTE)).toBeVisible();
    await openProgressPage(page);
    await expect(page.getByText(NOTE)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save progress to a file' })).toBeVisible();
  });

  test('no warning once the browser has promised to keep the storage', async ({ page }) => {
    await watchPersist(page, true);
    await page.goto(LESSONS.whenToFineTune);
    await answerQuestion(page);
    await openProgressPage(page);
    await expect(page.getByRole('button', { name: 'Save progress to a file' })).toBeVisible();
    await expect(page.getByText(NOTE)).toHaveCount(0);
  });
});

test('the progress page saves progress to a file and merges it back after saying what it adds', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  await answerQuestion(page);
  await openProgressPage(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save progress to a file' }).click()]);
  const file = await readFile(await download.path());
  await page.evaluate(() => localStorage.clear());
  await openProgressPage(page);
  await page.getByLabel('Load progress from a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: file });
  const merge = page.getByRole('button', { name: 'Merge with my progress' });
  // Reading the file and the store is quick, but a busy machine has taken over 5 s.
  await expect(merge).toHaveAccessibleDescription('Merge: adds 1 answer you do not have here. Nothing of yours is deleted.', { timeout: 15_000 });
  await merge.click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress from mine.json merged with yours.' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('course-progress')!).lessons))).toContain(LESSONS.whenToFineTune);
});
