import { expect, test } from '@playwright/test';

// Runs against the BASE_PATH=/course/ build served at http://localhost:<port>/course/.
test('under a sub-path the print edition is reached from a lesson and the home page, and its links stay within it', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/course/fine-tuning/dataset-preparation/');
  await page.getByRole('link', { name: 'Print this chapter' }).click();
  await expect(page).toHaveURL('/course/print/fine-tuning/');
  await page.locator('#lesson-9-2').getByRole('link', { name: 'lesson 9.1' }).click();
  await expect(page).toHaveURL('/course/print/fine-tuning/#lesson-9-1--common-mistakes');
  await expect(page.locator('#lesson-9-1--common-mistakes')).toBeInViewport();
  await page.getByRole('link', { name: 'With the answer key' }).click();
  await expect(page).toHaveURL('/course/print/fine-tuning/answers/');
  await page.getByRole('link', { name: 'Back to the course' }).click();
  await expect(page).toHaveURL('/course/');
  await page.getByRole('region', { name: 'On paper' }).getByRole('link', { name: 'The whole course', exact: true }).click();
  await expect(page).toHaveURL('/course/print/');
  expect(failed).toEqual([]);
});
