import { expect, test } from '@playwright/test';

// Runs against the BASE_PATH=/course/ build served at http://localhost:<port>/course/.
test('under a sub-path every link, asset and anchor resolves', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/course/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Working with Large Language Models');
  await page.getByRole('link', { name: /9\.1\s+When to Fine-Tune vs Prompt/ }).click();
  await expect(page).toHaveURL('/course/fine-tuning/when-to-fine-tune-vs-prompt/');
  const css = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position);
  expect(css).toBe('sticky');

  await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: 'Next lesson 9.2 Dataset Preparation' }).click();
  await expect(page).toHaveURL('/course/fine-tuning/dataset-preparation/');
  await page.getByRole('link', { name: 'lesson 9.1' }).first().click();
  await expect(page).toHaveURL('/course/fine-tuning/when-to-fine-tune-vs-prompt/#common-mistakes');
  await expect(page.getByRole('heading', { name: 'Common mistakes' })).toBeInViewport();

  await page.getByRole('banner').getByRole('link', { name: 'Working with Large Language Models' }).click();
  await expect(page).toHaveURL('/course/');
  expect(failed).toEqual([]);
});

test('under a sub-path the 404 page links back into the course', async ({ page }) => {
  const response = await page.goto('/course/nothing-here/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the course home page' })).toHaveAttribute('href', '/course/');
  await page.getByRole('link', { name: /9\.1\s+When to Fine-Tune vs Prompt/ }).click();
  await expect(page).toHaveURL('/course/fine-tuning/when-to-fine-tune-vs-prompt/');
});
