import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LESSONS, NOT_LIVE, expectNoAxeViolations, holdRequests, presetTheme } from './helpers';

const STORAGE_KEY = 'course-progress';
/** The score of the quick quiz of 9.1 before anything is done. */
const NONE5 = 'Score: 0 of 5 right at the first try, 5 not answered yet';

/** The quiz region with the given name, scrolled into view and hydrated, so its buttons work. */
async function openQuiz(page: Page, name: string): Promise<Locator> {
  const quiz = page.getByRole('region', { name, exact: true });
  // The live quiz replaces its server-rendered copy, possibly mid-scroll (a reload restores the scroll position).
  await expect(async () => {
    await quiz.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0, { timeout: 2000 });
  }).toPass();
  return quiz;
}

const score = (quiz: Locator) => quiz.getByText(/^Score:/);
const question = (quiz: Locator, n: number) => quiz.getByRole('group', { name: new RegExp(`^(Question|Scenario|Step) ${n}\\b`) });

async function answer(quiz: Locator, n: number, choice: string) {
  const q = question(quiz, n);
  await q.getByLabel(choice, { exact: true }).check();
  await q.getByRole('button', { name: 'Check' }).click();
}

test.describe('a quiz with JavaScript', () => {
  test('a wrong answer says why, Try again unlocks the choices, and the score keeps the first attempt', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    await expect(score(quiz)).toHaveText(NONE5);

    await answer(quiz, 1, 'RAG');
    const focused = page.locator(':focus');
    await expect(focused).toContainText('Not quite.');
    await expect(focused).toContainText('It does nothing to make every reply come out as JSON.');
    await expect(question(quiz, 1).getByLabel('Fine-tuning', { exact: true })).toBeDisabled();
    await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 1 wrong, 4 not answered yet');

    await question(quiz, 1).getByRole('button', { name: 'Try again' }).click();
    await expect(question(quiz, 1).getByLabel('RAG', { exact: true })).not.toBeChecked();
    await answer(quiz, 1, 'Fine-tuning');
    await expect(focused).toContainText('Correct.');
    await expect(focused).toContainText('Always answering in JSON is a format (style) problem, not a knowledge problem');
    await expect(focused).toContainText('Your score keeps your first try, which was wrong.');
    await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 1 wrong, 4 not answered yet');
    await expect(quiz.getByRole('status').filter({ hasText: '1 wrong' })).toHaveCount(1);
  });

  test('a right first attempt counts as right', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    await answer(quiz, 1, 'Fine-tuning');
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
    await expect(quiz.getByRole('status').filter({ hasText: '1 of 5 right at the first try' })).toHaveCount(1);
  });

  test('asks for a choice before checking', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    await question(quiz, 2).getByRole('button', { name: 'Check' }).click();
    await expect(page.locator(':focus')).toHaveText('Choose an answer first.');
  });

  test('Reveal shows every choice marked right or wrong in words; a question revealed first never counts as right', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    const q2 = question(quiz, 2);
    await q2.getByText('Reveal answer').click();
    await expect(q2.getByText('Not correct: Yes: fine-tune the model on the latest drug-interaction data')).toBeVisible();
    await expect(q2.getByText('Correct: No: RAG is the better choice')).toBeVisible();
    await expect(q2.getByText('Drug interactions are factual knowledge, and they change often.')).toBeVisible();
    await expect(q2.getByText('You opened this before answering, so the question counts as revealed in your score, not as right.')).toBeVisible();
    const revealed = 'Score: 0 of 5 right at the first try, 1 revealed before answering, 4 not answered yet';
    await expect(score(quiz)).toHaveText(revealed);

    await q2.getByText('Reveal answer').click();
    await answer(quiz, 2, 'No: RAG is the better choice');
    await expect(page.locator(':focus')).toContainText('Correct.');
    await expect(page.locator(':focus')).toContainText('It counts as revealed in your score: you opened the answer first.');
    await expect(score(quiz)).toHaveText(revealed);
  });

  test('an open question: type an answer, reveal the model answer, mark yourself right', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    const q3 = question(quiz, 3);
    await expect(q3).toContainText('What is catastrophic forgetting?');
    await q3.getByRole('textbox', { name: 'Your answer' }).fill('The model gets worse at general tasks after fine-tuning.');
    await expect(q3.getByRole('button', { name: 'I got it right' })).toBeHidden();
    await q3.getByText('Reveal model answer').click();
    await expect(q3.getByText('makes it worse at other, general tasks it used to handle well')).toBeVisible();
    await expect(q3.getByText('counts as revealed')).toHaveCount(0);
    await q3.getByRole('button', { name: 'I got it right' }).click();
    await expect(q3.getByRole('button', { name: 'I got it right' })).toHaveAttribute('aria-pressed', 'true');
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
    await expect(quiz.getByRole('status').filter({ hasText: '1 of 5 right' })).toHaveCount(1);
  });

  test('an exercise scenario: pick an approach, justify it, check, and compare with the model answer', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const exercise = await openQuiz(page, 'Exercise 9.1');
    const s3 = question(exercise, 3);
    await expect(s3).toContainText('one of 5 fixed categories');
    await s3.getByRole('textbox', { name: 'Your reasoning' }).fill('It is a fixed output format.');
    await answer(exercise, 3, 'Fine-tuning');
    await expect(page.locator(':focus')).toContainText('Correct.');
    await expect(s3.getByText('Fine-tuning, after trying prompting first.')).toBeVisible();
    await expect(s3.getByText('few-shot prompting')).toBeVisible();
    await expect(score(exercise)).toHaveText('Score: 1 of 3 right at the first try, 2 not answered yet');
  });

  test('after a right exercise answer its explanations show once, in the opened answer', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const exercise = await openQuiz(page, 'Exercise 9.1');
    await answer(exercise, 1, 'Fine-tuning');
    const s1 = question(exercise, 1);
    await expect(page.locator(':focus')).toContainText('Compare your reasoning with the model answer below.');
    await expect(s1.getByText('writing in formal legal English is a question of', { exact: false })).toHaveCount(1);
    await expect(s1.getByText('Formal legal English is a style: it is about how the model writes', { exact: false })).toHaveCount(1);
    await expect(s1.getByText('writing in formal legal English is a question of', { exact: false })).toBeVisible();
  });

  test.describe('whose code is held back or fails', () => {
    // A service worker answers from its cache, where page.route() cannot reach: these tests hold or fail the network's answers.
    test.use({ serviceWorkers: 'block' });

    test('what the learner does before the quiz is ready is kept once it is', async ({ page }) => {
      const release = await holdRequests(page, /\/QuizWidget\.[^/]*\.js$/);
      await page.goto(LESSONS.whenToFineTune);
      const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
      await question(quiz, 1).getByLabel('Fine-tuning', { exact: true }).check();
      await question(quiz, 2).getByText('Reveal answer').click();
      release();
      await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0);
      await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 1 revealed before answering, 4 not answered yet');
      await expect(question(quiz, 2).getByText('Correct: No: RAG is the better choice')).toBeVisible();
      await question(quiz, 1).getByRole('button', { name: 'Check' }).click();
      await expect(page.locator(':focus')).toContainText('Correct.');
      await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 1 revealed before answering, 3 not answered yet');
    });

    test('keyboard focus stays on the same choice when the quiz becomes live', async ({ page }) => {
      const release = await holdRequests(page, /\/QuizWidget\.[^/]*\.js$/);
      await page.goto(LESSONS.whenToFineTune);
      const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
      await question(quiz, 2).getByLabel('No: RAG is the better choice', { exact: true }).focus();
      release();
      await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0);
      await expect(question(quiz, 2).getByLabel('No: RAG is the better choice', { exact: true })).toBeFocused();
    });

    test('a quiz whose code cannot load says so, and its answers stay readable', async ({ page }) => {
      await page.route(/\/QuizWidget\.[^/]*\.js(\?.*)?$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.goto(LESSONS.whenToFineTune);
      const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
      await quiz.scrollIntoViewIfNeeded();
      // Astro retries a failed import once, a second later, before it gives up.
      await expect(page.getByRole('alert').filter({ hasText: 'Quick quiz could not start' })).toBeVisible({ timeout: 10_000 });
      await question(quiz, 2).getByText('Reveal answer').click();
      await expect(question(quiz, 2).getByText('Correct: No: RAG is the better choice')).toBeVisible();
    });
  });

  test('Reset clears the answers and the score of that quiz only, and Undo brings them back', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    const exercise = await openQuiz(page, 'Exercise 9.1');
    await answer(exercise, 2, 'RAG');
    await answer(quiz, 1, 'Fine-tuning');
    const typed = question(quiz, 3).getByRole('textbox', { name: 'Your answer' });
    await typed.fill('Something');
    await quiz.getByRole('button', { name: 'Reset quick quiz' }).click();
    await expect(score(quiz)).toHaveText(NONE5);
    await expect(quiz.getByRole('status').filter({ hasText: 'Quick quiz reset: 2 answers cleared. Undo reset brings them back.' })).toHaveCount(1);
    await expect(question(quiz, 1).getByLabel('Fine-tuning', { exact: true })).not.toBeChecked();
    await expect(typed).toHaveValue('');
    await expect(score(exercise)).toHaveText('Score: 1 of 3 right at the first try, 2 not answered yet');

    // By keyboard: Undo follows Reset, which keeps the focus once Undo has done its work.
    await page.keyboard.press('Tab');
    await expect(quiz.getByRole('button', { name: 'Undo reset' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quiz.getByRole('button', { name: 'Reset quick quiz' })).toBeFocused();
    await expect(typed).toHaveValue('Something');
    await expect(question(quiz, 1).getByLabel('Fine-tuning', { exact: true })).toBeChecked();
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
    await expect(quiz.getByRole('button', { name: 'Undo reset' })).toHaveCount(0);
    await page.reload();
    await expect(question(await openQuiz(page, 'Quick quiz'), 3).getByRole('textbox', { name: 'Your answer' })).toHaveValue('Something');
  });

  test('Undo goes away once the learner answers again, so it never overwrites a newer answer', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    await answer(quiz, 1, 'RAG');
    await quiz.getByRole('button', { name: 'Reset quick quiz' }).click();
    await answer(quiz, 1, 'Fine-tuning');
    await expect(quiz.getByRole('button', { name: 'Undo reset' })).toHaveCount(0);
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
  });

  test('each question has a visible link of its own that brings the reader to it', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    await quiz.getByRole('link', { name: 'Link to question 2' }).click();
    await expect(page).toHaveURL(/#q-drug-interactions$/);

    await page.goto(`${LESSONS.whenToFineTune}#q-catastrophic-forgetting`);
    const target = page.locator('#q-catastrophic-forgetting');
    await expect(target).toBeInViewport();
    await expect(target).toContainText('What is catastrophic forgetting?');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('progress survives a reload', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    let quiz = await openQuiz(page, 'Quick quiz');
    await answer(quiz, 1, 'RAG');
    await question(quiz, 3).getByRole('textbox', { name: 'Your answer' }).fill('Losing general skills');
    await question(quiz, 3).getByText('Reveal model answer').click();
    await question(quiz, 3).getByRole('button', { name: 'Not yet' }).click();

    await page.reload();
    quiz = await openQuiz(page, 'Quick quiz');
    await expect(question(quiz, 1).getByLabel('RAG', { exact: true })).toBeChecked();
    await expect(question(quiz, 1).getByText('Not quite.')).toBeVisible();
    await expect(question(quiz, 3).getByRole('textbox', { name: 'Your answer' })).toHaveValue('Losing general skills');
    await expect(question(quiz, 3).getByRole('button', { name: 'Not yet' })).toHaveAttribute('aria-pressed', 'true');
    await expect(score(quiz)).toHaveText('Score: 0 of 5 right at the first try, 2 wrong, 3 not answered yet');
  });

  test('progress is kept per lesson and shown in the sidebar and on the home page', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const sidebar = page.getByRole('navigation', { name: 'Course' });
    await expect(sidebar.getByText(/answered/)).toHaveCount(0);
    const quiz = await openQuiz(page, 'Quick quiz');
    await answer(quiz, 1, 'Fine-tuning');
    await answer(quiz, 2, 'Yes: fine-tune the model on the latest drug-interaction data');
    await question(quiz, 3).getByText('Reveal model answer').click(); // Seen before answering: not answered.
    await expect(sidebar.getByText('2 of 8 answered')).toBeAttached();

    await page.goto(LESSONS.datasetPreparation);
    const other = await openQuiz(page, 'Quick quiz');
    await expect(score(other)).toHaveText('Score: 0 of 4 right at the first try, 4 not answered yet');
    await answer(other, 2, 'The model is overfitting');
    await expect(page.getByRole('navigation', { name: 'Course' }).getByText('2 of 8 answered')).toBeAttached();

    await page.goto('/');
    const items = page.getByRole('listitem');
    await expect(items.filter({ hasText: 'When to Fine-Tune vs Prompt' })).toContainText('2 of 8 answered');
    await expect(items.filter({ hasText: 'Dataset Preparation' })).toContainText('1 of 8 answered');
  });

  test('corrupt or outdated stored progress is ignored and replaced cleanly', async ({ page }) => {
    for (const stored of [
      '{not json',
      JSON.stringify({ version: 99, lessons: {} }),
      JSON.stringify({ version: 1, lessons: { [LESSONS.whenToFineTune]: { answers: { 'q-json-format': { sig: 1, selected: 'all' } } } } }),
    ]) {
      await page.goto(LESSONS.whenToFineTune);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
      await page.reload();
      const quiz = await openQuiz(page, 'Quick quiz');
      await expect(score(quiz)).toHaveText(NONE5);
      await answer(quiz, 1, 'Fine-tuning');
      await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
      const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!);
      expect(saved).toMatchObject({
        version: 4,
        lessons: { [LESSONS.whenToFineTune]: { answers: { 'q-json-format': { result: 'right', first: 'right' } } } },
      });
    }
  });

  test('storage that throws never breaks the quiz, and the learner is told answers will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    await answer(quiz, 1, 'Fine-tuning');
    await expect(page.locator(':focus')).toContainText('Correct.');
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
    await expect(quiz.getByText('not letting the page save your answers')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('progress exported to a file loads back merged or in place of what is here, after saying what each would change; a bad file is rejected', async ({
    page,
  }) => {
    await page.goto(LESSONS.whenToFineTune);
    let quiz = await openQuiz(page, 'Quick quiz');
    await answer(quiz, 2, 'No: RAG is the better choice');
    await question(quiz, 3).getByRole('textbox', { name: 'Your answer' }).fill('My exported answer');
    await quiz.getByText('Save or load your progress').click();
    const [download] = await Promise.all([page.waitForEvent('download'), quiz.getByRole('button', { name: 'Save progress to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^course-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await readFile(await download.path());

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    quiz = await openQuiz(page, 'Quick quiz');
    await expect(score(quiz)).toHaveText(NONE5);
    await quiz.getByText('Save or load your progress').click();
    const input = quiz.getByLabel('Load progress from a file');

    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(quiz.getByRole('alert')).toHaveText(/not a progress file from this course/);
    await expect(score(quiz)).toHaveText(NONE5);

    // Answered here after the file was saved: newer than anything in it.
    await answer(quiz, 1, 'RAG');
    const mine = 'Score: 0 of 5 right at the first try, 1 wrong, 4 not answered yet';
    await expect(score(quiz)).toHaveText(mine);
    const confirm = quiz.getByRole('group', {
      name: 'This file has answers for 1 lesson: 9.1 When to Fine-Tune vs Prompt. How should it be loaded?',
    });
    const merge = confirm.getByRole('button', { name: 'Merge with my progress' });
    const replace = confirm.getByRole('button', { name: 'Replace my progress' });
    await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: file });
    await expect(merge).toBeFocused();
    await expect(merge).toHaveAccessibleDescription('Merge: adds 2 answers you do not have here. Nothing of yours is deleted.');
    await expect(replace).toHaveAccessibleDescription(
      'Replace: your progress here (1 answer in 1 lesson) is deleted, with its review dates, and the file’s 2 answers in 1 lesson take its place.',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Cancel
    await expect(confirm).toHaveCount(0);
    await expect(quiz.getByRole('status').filter({ hasText: 'Nothing loaded: your answers are as they were.' })).toBeVisible();
    await expect(score(quiz)).toHaveText(mine);

    // Merge: the file's two answers join the one given here.
    await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: file });
    await merge.click();
    await expect(quiz.getByRole('status').filter({ hasText: 'Progress from progress.json merged with yours.' })).toBeVisible();
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 1 wrong, 3 not answered yet');
    await expect(question(quiz, 3).getByRole('textbox', { name: 'Your answer' })).toHaveValue('My exported answer');

    // Replace: only the file's answers are left; the one given here goes.
    await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: file });
    await replace.click();
    await expect(quiz.getByRole('status').filter({ hasText: 'Progress replaced by progress.json.' })).toBeVisible();
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
  });

  test('a file of answers older than those here merges without changing them, and says so first', async ({ page }) => {
    const file = JSON.stringify({
      format: 'llm-course-progress',
      version: 1,
      lessons: { [LESSONS.whenToFineTune]: { manifest: {}, answers: { 'q-json-format': { sig: 'stale', selected: [0], result: 'wrong' } } } },
    });
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    await answer(quiz, 1, 'Fine-tuning');
    await quiz.getByText('Save or load your progress').click();
    await quiz.getByLabel('Load progress from a file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const merge = quiz.getByRole('button', { name: 'Merge with my progress' });
    await expect(merge).toHaveAccessibleDescription(
      'Merge: the file has nothing newer than what is here, so nothing changes. 1 answer of yours, newer than the file’s, stays.',
    );
    await merge.click();
    await expect(score(quiz)).toHaveText('Score: 1 of 5 right at the first try, 4 not answered yet');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing on quizzes in use, in the ${theme} theme`, async ({ page }) => {
      test.slow(); // Four axe scans on a shared machine.
      await presetTheme(page, theme);
      await page.goto(LESSONS.whenToFineTune);
      const quiz = await openQuiz(page, 'Quick quiz');
      await answer(quiz, 1, 'RAG');
      await answer(quiz, 2, 'No: RAG is the better choice');
      await question(quiz, 3).getByText('Reveal model answer').click();
      await question(quiz, 3).getByRole('button', { name: 'I got it right' }).click();
      const exercise = await openQuiz(page, 'Exercise 9.1');
      await exercise.getByText('Save or load your progress').click();
      // Scoped to the quizzes, the sidebar and the home page's badges: a11y.spec.ts scans every whole page in both themes.
      await expectNoAxeViolations(page, 'section.quiz');
      await expectNoAxeViolations(page, '#course-nav');

      await page.goto(LESSONS.datasetPreparation);
      const other = await openQuiz(page, 'Exercise');
      await question(other, 2).getByText('Reveal model answer').click();
      await expectNoAxeViolations(page, 'section.quiz');

      await page.goto('/');
      await expect(page.getByText('2 of 8 answered')).toBeVisible();
      await expectNoAxeViolations(page, 'main');
    });
  }
});

test.describe('a quiz without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question, answer and explanation is in the page, folded in a details element', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = page.getByRole('region', { name: 'Quick quiz' });
    await expect(quiz.getByRole('button')).toHaveCount(0);
    await expect(score(quiz)).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Course' })).not.toContainText('answered');

    const q1 = question(quiz, 1);
    await expect(q1.getByText('always answering in JSON is a format', { exact: false })).toBeHidden();
    await q1.getByText('Reveal answer').click();
    await expect(q1.getByText('Correct: Fine-tuning')).toBeVisible();
    await expect(q1.getByText('RAG retrieves documents so the model knows more.', { exact: false })).toBeVisible();
    await expect(q1.getByText('Always answering in JSON is a format (style) problem', { exact: false })).toBeVisible();

    const q3 = question(quiz, 3);
    await q3.getByText('Reveal model answer').click();
    await expect(q3.getByText('makes it worse at other, general tasks', { exact: false })).toBeVisible();

    const exercise = page.getByRole('region', { name: 'Exercise 9.1' });
    for (const text of [
      'Formal legal English is a style problem',
      'Today’s articles are knowledge the model cannot have',
      'Fine-tuning, after trying prompting first.',
    ]) {
      await expect(exercise).toContainText(text);
    }
  });

  test('printing keeps the questions, hides the buttons and prints answers folded or unfolded as the reader left them', async ({ page }) => {
    await page.goto(LESSONS.datasetPreparation);
    const quiz = page.getByRole('region', { name: 'Quick quiz' });
    await question(quiz, 2).getByText('Reveal answer').click();
    await page.emulateMedia({ media: 'print' });
    await expect(question(quiz, 1)).toBeVisible();
    await expect(quiz.getByRole('link', { name: 'Link to question 1' })).toBeHidden();
    await expect(question(quiz, 2).getByText('Try fewer epochs, more varied data, or both.', { exact: false })).toBeVisible();
    await expect(question(quiz, 3).getByText('A general holdout set, run before and after fine-tuning', { exact: false })).toBeHidden();
  });
});

test.describe('a quiz in search results', () => {
  const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the course' });
  const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

  test('excerpts quote the lesson, never a quiz’s answers, feedback or labels', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('catastrophic forgetting');
    const excerpts = results(page).locator('.result-excerpt');
    await expect(excerpts.first()).toBeVisible();
    const texts = await excerpts.allInnerTexts();
    expect(texts.join(' ')).toMatch(/forgetting/i);
    for (const text of texts) expect(text).not.toMatch(/Not correct|Correct:|Link to|Reveal|Model answer|Your (answer|reasoning)|Score:|Question \d/);
  });

  test('a question can still be found by its words', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('startup chatbot');
    await expect(
      results(page)
        .getByRole('link', { name: /^9\.1 When to Fine-Tune vs Prompt/ })
        .first(),
    ).toBeVisible();
  });
});

test.describe('a quiz on a phone', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('the question uses the full width, and its link stays beside the number, big enough to tap', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    const quiz = await openQuiz(page, 'Quick quiz');
    const link = quiz.getByRole('link', { name: 'Link to question 2' });
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
    const layout = await question(quiz, 2).evaluate((q, linkBox) => {
      const prompt = q.querySelector('.quiz-prompt')!;
      const text = document.createRange();
      text.setStartAfter(prompt.querySelector('.quiz-num')!);
      text.setEndAfter(prompt.lastChild!);
      const lines = [...text.getClientRects()].filter((r) => r.width > 0);
      const overlaps = lines.some(
        (r) => r.left < linkBox.x + linkBox.width && r.right > linkBox.x && r.top < linkBox.y + linkBox.height && r.bottom > linkBox.y,
      );
      const fieldset = q.getBoundingClientRect(); // The question's group is its fieldset.
      return {
        overlaps,
        widest: Math.max(...lines.map((r) => r.right)) - fieldset.left,
        width: fieldset.width,
        lines: new Set(lines.map((r) => Math.round(r.top))).size,
      };
    }, box);
    expect(layout.overlaps).toBe(false);
    expect(layout.widest).toBeGreaterThan(layout.width * 0.85);
    expect(layout.lines).toBeLessThanOrEqual(5);
  });
});

test('the quiz loads under the deploy base, saves progress and the home page shows it', { tag: '@base' }, async ({ page, at, failedResponses }) => {
  await page.goto(at(LESSONS.whenToFineTune));
  const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0);
  const q1 = quiz.getByRole('group', { name: /^Question 1\b/ });
  await q1.getByLabel('Fine-tuning', { exact: true }).check();
  await q1.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator(':focus')).toContainText('Correct.');

  await page.goto(at('/'));
  await expect(page.getByRole('listitem').filter({ hasText: 'When to Fine-Tune vs Prompt' })).toContainText('1 of 8 answered');
  expect(failedResponses).toEqual([]);
});

test('a link written in a quiz’s Markdown carries the deploy base', { tag: '@base' }, async ({ page, at }) => {
  await page.goto(at(LESSONS.datasetPreparation));
  const link = page.locator('#q-record-roles a', { hasText: 'Chat-format JSONL' });
  await expect(link).toHaveAttribute('href', `${at(LESSONS.datasetPreparation)}#chat-format-jsonl`);
});
