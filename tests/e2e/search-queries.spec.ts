import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from './helpers';

// What the header search does with what a learner types: figures with their currency sign, one letter, and the
// highlights and quotes it shows.
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the course' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const announcement = (page: Page) => page.getByRole('search').locator('[aria-live="polite"]');

test.describe('the header search', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
  });

  for (const typed of ['$2.25', '2.25$', '2.25']) {
    test(`finds lesson 9.4's training cost typed as "${typed}"`, async ({ page }) => {
      await box(page).fill(typed);
      await expect(announcement(page)).toHaveText(`1 lesson, 1 section found for “${typed}”`);
      await expect(results(page).getByRole('link', { name: /^9\.4 Running a Fine-Tuning Job$/ })).toBeVisible();
      await expect(results(page).locator('mark')).toHaveText(['$2.25']);
    });
  }

  test('asks politely for a second letter before searching, and searches once there are two', async ({ page }) => {
    await box(page).fill('a');
    const note = 'Please type at least 2 letters or digits to search.';
    await expect(announcement(page)).toHaveText(note);
    await expect(page.locator('#site-search-panel')).toContainText(note);
    await expect(results(page).getByRole('link')).toHaveCount(0);
    // A currency sign is no letter or digit: "$5" is one digit too.
    await box(page).fill('$5');
    await expect(announcement(page)).toHaveText(note);
    await box(page).fill('ad');
    await expect(announcement(page)).toHaveText(/found for “ad”$/);
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await box(page).fill('a');
    await expect(announcement(page)).toHaveText(note);
    await expect(results(page).getByRole('link')).toHaveCount(0);
  });

  test('highlights the words searched for without the punctuation Pagefind keeps around them', async ({ page }) => {
    // 9.2 writes "a messages array, and each message…" and "(system, user, or assistant)".
    await box(page).fill('array assistant');
    await expect(announcement(page)).toHaveText(/found for “array assistant”$/);
    const marks = await results(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => /^[.,;:!?…()"'“”‘’]|[.,;:!?…()"'“”‘’]$/.test(m))).toEqual([]);
    await expect(results(page)).toContainText(/array, and/);
  });

  test('quotes the lessons’ words and never a quiz’s Check button', async ({ page }) => {
    const content = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search('fine-tune');
      const pages = await Promise.all(search.results.map((r: { data(): Promise<{ content: string }> }) => r.data()));
      return pages.map((p) => p.content).join('\n');
    });
    expect(content).toContain('Should it fine-tune?');
    expect(content).not.toMatch(/[?.] Check\. /);
    await box(page).fill('drug interactions');
    await expect(announcement(page)).toHaveText(/found for “drug interactions”$/);
    await expect(results(page)).not.toContainText('Check.');
  });
});
