import { expect, test } from '@playwright/test';
import { LESSONS } from './helpers';

// Runs against the BASE_PATH=/course/ build: the learner's pages and their links carry the base; progress keys do not.
const DUE = JSON.stringify({
  version: 3,
  lessons: { [LESSONS.whenToFineTune]: { manifest: {}, answers: {}, review: { 'q-json-format': { box: 1, due: '2020-01-01' } } } },
  position: { lesson: LESSONS.datasetPreparation, section: 'quick-quiz', at: '2026-01-01T10:00:00.000Z' },
});

test('under a sub-path the header, home, progress and review pages link within the base, and review fetches its lesson', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.addInitScript((stored) => localStorage.setItem('course-progress', stored), DUE);
  await page.goto('/course/');
  const header = page.getByRole('navigation', { name: 'Your progress and review' });
  await expect(header.getByRole('link', { name: 'Progress' })).toHaveAttribute('href', '/course/progress/');
  await expect(header.getByRole('link', { name: 'Review' })).toHaveAttribute('href', '/course/review/');
  await expect(page.getByRole('link', { name: /^Continue where you left off: 9\.2 Dataset Preparation$/ })).toHaveAttribute(
    'href',
    `/course${LESSONS.datasetPreparation}#quick-quiz`,
  );
  await page.getByRole('link', { name: 'Your progress' }).click();
  await expect(page).toHaveURL(/\/course\/progress\/$/);
  await expect(page.getByRole('link', { name: /9\.1 When to Fine-Tune vs Prompt/ })).toHaveAttribute('href', `/course${LESSONS.whenToFineTune}`);
  await page.getByRole('link', { name: 'Review what you missed' }).click();
  await expect(page.getByRole('group', { name: /^Question 1\b/ })).toContainText('JSON');
  await expect(page.getByRole('link', { name: 'Open this question in its lesson' })).toHaveAttribute(
    'href',
    `/course${LESSONS.whenToFineTune}#q-json-format`,
  );
  expect(failed).toEqual([]);
});
