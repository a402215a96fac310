import { expect, test } from '@playwright/test';
import { LESSONS } from './helpers';

test('a learner goes from the home page to 9.1, on to 9.2 and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Working with Large Language Models' })).toBeVisible();
  await page.getByRole('link', { name: /9\.1\s+When to Fine-Tune vs Prompt/ }).click();
  await expect(page).toHaveURL(LESSONS.whenToFineTune);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/9\.1\s+When to Fine-Tune vs Prompt/);

  await page
    .getByRole('navigation', { name: 'Previous and next lesson' })
    .getByRole('link', { name: /Next lesson/ })
    .click();
  await expect(page).toHaveURL(LESSONS.datasetPreparation);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/9\.2\s+Dataset Preparation/);

  await page
    .getByRole('navigation', { name: 'Previous and next lesson' })
    .getByRole('link', { name: /Previous lesson/ })
    .click();
  await expect(page).toHaveURL(LESSONS.whenToFineTune);
});

// The order comes from the lesson numbers: 9.1 to 9.5, and back, with no next link after the chapter's last lesson.
const CHAPTER = [
  [LESSONS.whenToFineTune, '9.1 When to Fine-Tune vs Prompt'],
  [LESSONS.datasetPreparation, '9.2 Dataset Preparation'],
  [LESSONS.lora, '9.3 Parameter-Efficient Fine-Tuning (LoRA)'],
  [LESSONS.fineTuningJob, '9.4 Running a Fine-Tuning Job'],
  [LESSONS.evaluating, '9.5 Evaluating a Fine-Tuned Model'],
] as const;

test('next and previous walk the whole chapter, 9.1 to 9.5 and back', async ({ page }) => {
  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  await page.goto(LESSONS.whenToFineTune);
  await expect(pager.getByRole('link', { name: /Previous lesson/ })).toHaveCount(0);
  for (const [url, title] of CHAPTER.slice(1)) {
    await pager.getByRole('link', { name: /Next lesson/ }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await expect(pager.getByRole('link', { name: /Next lesson/ })).toHaveCount(0);
  for (const [url, title] of CHAPTER.slice(0, -1).reverse()) {
    await pager.getByRole('link', { name: /Previous lesson/ }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
});
