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
