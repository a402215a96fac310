// Search as a learner uses it. Tests tagged @base run in the sub-path project too (playwright.config.ts).
import type { Page } from '@playwright/test';
import { waitForPageScripts } from '../perf/measure';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, LESSONS, presetTheme } from './helpers';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the course' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
// What a screen reader announces after each search: the search box's polite live region.
const announcement = (page: Page) => page.getByRole('search').locator('[aria-live="polite"]');
const lessonResult = (page: Page, name: RegExp) =>
  results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name }) });

test('no search code or index is fetched until the learner starts a search', async ({ page, at }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(at(LESSONS.whenToFineTune));
  await waitForPageScripts(page);
  expect(fetched.filter((p) => p.includes('/pagefind/') || p.includes('search-box'))).toEqual([]);
  await box(page).focus();
  await expect.poll(() => fetched.filter((p) => p === at('/pagefind/pagefind.js'))).toHaveLength(1);
});

test(
  'searching "catastrophic forgetting" lists every lesson that discusses it, with their sections, and announces the count',
  { tag: '@base' },
  async ({ page, at, base }) => {
    await page.goto(at('/'));
    await box(page).fill('catastrophic forgetting');
    // 9.4 (running a job) never names it; the other four lessons do.
    await expect(announcement(page)).toHaveText(/^4 lessons, \d+ sections? found for “catastrophic forgetting”$/);
    await expect(lessonResult(page, /^9\.4 Running a Fine-Tuning Job$/)).toHaveCount(0);
    for (const name of [
      /^9\.1 When to Fine-Tune vs Prompt$/,
      /^9\.2 Dataset Preparation$/,
      /^9\.3 Parameter-Efficient Fine-Tuning \(LoRA\)$/,
      /^9\.5 Evaluating a Fine-Tuned Model$/,
    ]) {
      const sections = lessonResult(page, name)
        .getByRole('list', { name: /^Sections of / })
        .getByRole('link');
      await expect(sections.first()).toBeVisible();
      for (const href of await sections.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^${base}fine-tuning/[\\w-]+/#[\\w-]+$`));
      }
    }
    await expect(results(page).locator('mark').first()).toHaveText(/catastrophic|forgetting/i);
  },
);

test('choosing a section of 9.1 opens the lesson scrolled to that section', { tag: '@base' }, async ({ page, at }) => {
  await page.goto(at(LESSONS.datasetPreparation));
  await box(page).fill('catastrophic forgetting');
  const section = lessonResult(page, /^9\.1 When to Fine-Tune vs Prompt$/)
    .getByRole('list')
    .getByRole('link')
    .first();
  const href = (await section.getAttribute('href')) ?? '';
  const title = (await section.locator('.result-section').innerText()).trim();
  await section.click();
  await expect(page).toHaveURL(href);
  const heading = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(heading).toHaveText(title);
  await expect(heading).toBeInViewport();
});

test('the keyboard alone searches: "/" focuses the box, arrows walk the results, Escape closes them', async ({ page, at }) => {
  await page.goto(at(LESSONS.whenToFineTune));
  await waitForPageScripts(page); // the shortcut is the page script's
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('holdout');
  const links = results(page).getByRole('link');
  // The results of the whole word, not of "hol" typed on the way: those are replaced when the last search ends.
  await expect(announcement(page)).toHaveText(/found for “holdout”$/);
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(results(page)).toBeHidden();
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('s');
  await expect(results(page)).toBeVisible();
});

test('"/" typed into a text field stays in the field', async ({ page, at }) => {
  await page.goto(at('/'));
  await box(page).focus();
  await page.keyboard.type('a/b');
  await expect(box(page)).toHaveValue('a/b');
});

test('a search that matches nothing says so', async ({ page, at }) => {
  await page.goto(at('/'));
  await box(page).fill('zzxqv');
  await expect(announcement(page)).toHaveText('No results for “zzxqv”');
  await expect(results(page).getByRole('listitem')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open search results pass axe in the ${theme} theme`, async ({ page, at }) => {
    await presetTheme(page, theme);
    // The home page: the header and the results panel are what is checked here, not lesson content.
    await page.goto(at('/'));
    await box(page).fill('fine-tuning');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
