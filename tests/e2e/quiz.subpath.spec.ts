import { expect, test } from '@playwright/test';
import { LESSONS, NOT_LIVE } from './helpers';

// Runs against the BASE_PATH=/course/ build: progress is keyed by the lesson path without the base, so badges still match.
test('under a sub-path the quiz loads, saves progress and the home page shows it', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`/course${LESSONS.whenToFineTune}`);
  const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0);
  const q1 = quiz.getByRole('group', { name: /^Question 1\b/ });
  await q1.getByLabel('Fine-tuning', { exact: true }).check();
  await q1.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator(':focus')).toContainText('Correct.');

  await page.goto('/course/');
  await expect(page.getByRole('listitem').filter({ hasText: 'When to Fine-Tune vs Prompt' })).toContainText('1 of 8 answered');
  expect(failed).toEqual([]);
});

test('a link written in a quiz’s Markdown carries the deploy base', async ({ page }) => {
  await page.goto(`/course${LESSONS.datasetPreparation}`);
  const link = page.locator('#q-record-roles a', { hasText: 'Chat-format JSONL' });
  await expect(link).toHaveAttribute('href', `/course${LESSONS.datasetPreparation}#chat-format-jsonl`);
});
