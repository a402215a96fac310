import { expect, test, type Locator } from '@playwright/test';
import { SITE } from '../../src/site.config';
import { waitForPageScripts } from '../perf/measure';
import { LESSONS, NOT_LIVE } from './helpers';

// The small things at a lesson's edges: its last lines, its footer, the done mark and the ordering question.

/** Where a locator's first text starts, in px from the left of the page. */
const textLeft = (locator: Locator) =>
  locator.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent?.trim() ? 1 : 2) });
    const range = document.createRange();
    range.selectNodeContents(walker.nextNode()!);
    return range.getBoundingClientRect().left;
  });

test('no lesson repeats the pager in a closing "Next:" line', async ({ page }) => {
  for (const path of Object.values(LESSONS)) {
    await page.goto(path);
    await expect(page.locator('.prose'), path).not.toContainText(/Next:\s*9\.\d/);
    await expect(page.getByRole('navigation', { name: 'Previous and next lesson' }), path).toBeVisible();
  }
});

test('9.1’s last common mistake says what the mistake is: not checking for catastrophic forgetting', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  const mistakes = page.locator('.heading-wrapper:has(h2:text-is("Common mistakes")) ~ ol').first().getByRole('listitem');
  await expect(mistakes.last()).toContainText(/^Not checking for catastrophic forgetting\./);
  await expect(page.getByRole('main')).not.toContainText('Forgetting catastrophic forgetting');
});

for (const [width, height] of [
  [390, 844],
  [900, 800],
  [1280, 800],
] as const) {
  test(`at ${width} px the footer’s words start where the lesson’s do`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(LESSONS.datasetPreparation);
    const lesson = await textLeft(page.getByRole('main').getByRole('heading', { level: 1 }));
    for (const line of await page.getByRole('contentinfo').locator('p').all()) {
      expect(Math.abs((await textLeft(line)) - lesson), `${width} px: "${(await line.textContent())?.slice(0, 30)}…"`).toBeLessThanOrEqual(1);
    }
  });
}

test('"Lesson done" leaves no gap for its tick until the lesson is marked done', async ({ page }) => {
  await page.goto(LESSONS.lora);
  await waitForPageScripts(page);
  const region = page.getByRole('region', { name: 'Lesson done' });
  await expect(async () => {
    await region.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(region.locator(NOT_LIVE)).toHaveCount(0, { timeout: 2000 });
  }).toPass();
  const button = region.getByRole('button', { name: 'Lesson done' });
  const gap = () =>
    button.evaluate((el) => {
      const words = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('Lesson done'))!;
      const range = document.createRange();
      range.selectNodeContents(words);
      const start = parseFloat(getComputedStyle(el).paddingInlineStart) + parseFloat(getComputedStyle(el).borderInlineStartWidth);
      return range.getBoundingClientRect().left - el.getBoundingClientRect().left - start;
    });
  expect(await gap(), 'the words start at the padding').toBeLessThanOrEqual(1);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toContainText('✓');
  expect(await gap(), 'the tick comes before the words').toBeGreaterThan(8);
});

for (const width of [320, 390, 1280]) {
  test(`at ${width} px the ordering question’s Move buttons line up in one column, whatever the length of each item`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(LESSONS.whenToFineTune);
    await waitForPageScripts(page);
    const question = page.locator('#q-framework-order');
    await expect(async () => {
      await question.scrollIntoViewIfNeeded({ timeout: 2000 });
      await expect(question.locator(NOT_LIVE)).toHaveCount(0, { timeout: 2000 });
      await expect(question.getByRole('button', { name: /^Move up/ }).first()).toBeVisible({ timeout: 2000 });
    }).toPass();
    for (const dir of ['up', 'down']) {
      const buttons = question.getByRole('button', { name: new RegExp(`^Move ${dir}`) });
      await expect(buttons).toHaveCount(3);
      const lefts = await buttons.evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().left)));
      expect(new Set(lefts).size, `Move ${dir}: ${lefts.join(', ')}`).toBe(1);
    }
    // No large indent: each item's words start near the question's own text.
    const list = question.getByRole('list').last();
    const listLeft = (await question.locator('legend, .quiz-prompt').first().boundingBox())!.x;
    for (const item of await list.getByRole('listitem').all()) {
      expect((await textLeft(item)) - listLeft, 'indent').toBeLessThanOrEqual(16);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('the footer states the licences: the lessons under CC BY 4.0, linked to its text, the code under MIT', async ({ page }) => {
  await page.goto(LESSONS.datasetPreparation);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(SITE.licence);
  await expect(footer).toContainText('The course authors');
  await expect(footer).toContainText('MIT licence');
  await expect(footer).not.toContainText('no licence');
  const link = footer.getByRole('link', { name: 'CC BY 4.0' });
  await expect(link).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(link).toHaveAttribute('rel', 'license');
});
