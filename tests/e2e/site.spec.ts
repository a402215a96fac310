import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SITE } from '../../src/site.config';
import { waitForPageScripts } from '../perf/measure';
import { ALL_PAGES, LESSONS, presetTheme } from './helpers';

test('the skip link is the first thing the keyboard reaches and moves focus into the main content', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focusedInMain).toBe(true);
});

test('the header links home from every page', async ({ page }) => {
  await page.goto(LESSONS.datasetPreparation);
  await page.getByRole('banner').getByRole('link', { name: 'Working with Large Language Models' }).click();
  await expect(page).toHaveURL('/');
});

test('the home page lists chapters with each lesson number, title and summary', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Chapter 9: Fine-Tuning' })).toBeVisible();
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText('9.1 When to Fine-Tune vs Prompt');
  await expect(items.nth(0)).toContainText('Decide between prompting, RAG and fine-tuning');
  await expect(items.nth(1)).toContainText('9.2 Dataset Preparation');
  await expect(items.nth(2)).toContainText('9.3 Parameter-Efficient Fine-Tuning (LoRA)');
  await expect(items.nth(2)).toContainText('how LoRA and QLoRA work');
  await expect(items.nth(3)).toContainText('9.4 Running a Fine-Tuning Job');
  await expect(items.nth(4)).toContainText('9.5 Evaluating a Fine-Tuned Model');
});

/** The theme control, by its role and label. */
const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' });
/** The file the theme control's icon draws (sun, moon or system), from the CSS that shows the current choice. */
const themeIcon = (page: Page) =>
  page.locator('.icon-theme').evaluate((el) => /\/(sun|moon|system)\.[^/]*\.svg/.exec(getComputedStyle(el).maskImage)?.[1]);
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(13, 17, 23)';

test.describe('theme', () => {
  test('follows the system until the learner chooses, and says so', async ({ browser }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto('/');
      await waitForPageScripts(page);
      expect(await pageBackground(page)).toBe(scheme === 'dark' ? DARK : WHITE);
      await expect(themeSelect(page)).toHaveValue('system');
      await expect(themeSelect(page).locator('option:checked')).toHaveText('System theme');
      expect(await themeIcon(page)).toBe('system');
      await context.close();
    }
  });

  test('offers light, dark and the system theme; the choice shows and lasts, and the system theme follows the system again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await waitForPageScripts(page);
    await expect(themeSelect(page).locator('option')).toHaveText(['System theme', 'Light theme', 'Dark theme']);
    // The bug: on a dark system, the one control switched to light while it read "Dark theme".
    await themeSelect(page).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await pageBackground(page)).toBe(WHITE);
    expect(await themeIcon(page)).toBe('sun');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    await page.reload();
    await expect(themeSelect(page)).toHaveValue('light');
    expect(await themeIcon(page)).toBe('sun');

    await themeSelect(page).selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await pageBackground(page)).toBe(DARK);
    expect(await themeIcon(page)).toBe('system');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await pageBackground(page)).toBe(WHITE);
    await page.reload();
    await expect(themeSelect(page)).toHaveValue('system');
  });

  test('a learner who chose before keeps the choice: the stored theme shows in the control from the first paint', async ({ page }) => {
    await presetTheme(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(LESSONS.whenToFineTune);
    expect(await themeIcon(page)).toBe('moon');
    await waitForPageScripts(page);
    await expect(themeSelect(page)).toHaveValue('dark');
    expect(await pageBackground(page)).toBe(DARK);
  });

  test('is chosen with the keyboard alone', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await waitForPageScripts(page);
    // The skip link, the title, the offline Download button, the search box, then the theme control.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect(themeSelect(page)).toBeFocused();
    const outline = await themeSelect(page).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, 'focus is visible').toBe('solid');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(themeSelect(page)).toHaveValue('dark');
  });

  test('persists across pages and reloads, and a choice in another tab applies here too', async ({ page, context }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await waitForPageScripts(page);
    await themeSelect(page).selectOption('dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(LESSONS.whenToFineTune);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await waitForPageScripts(page);
    const other = await context.newPage();
    await other.goto(LESSONS.datasetPreparation);
    await waitForPageScripts(other);
    await themeSelect(other).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(themeSelect(page)).toHaveValue('light');
    await themeSelect(other).selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expect(themeSelect(page)).toHaveValue('system');
  });

  test('is applied before the first paint, so the wrong theme never flashes', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    // Stop at the first parsed body: the inline head script must already have set the theme.
    await page.route('**/*', (route) => route.continue());
    await page.goto(LESSONS.whenToFineTune, { waitUntil: 'commit' });
    await page.waitForSelector('body', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  });

  test('survives storage that throws', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new Error('blocked');
        },
      });
    });
    await page.goto('/');
    await waitForPageScripts(page);
    await themeSelect(page).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await themeSelect(page).selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  });
});

test('every page ends with a footer saying what the course is and how it may be reused', async ({ page }) => {
  for (const path of ALL_PAGES) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer, path).toContainText(`${SITE.title}. ${SITE.description}`);
    await expect(footer, path).toContainText(SITE.licence);
    // A report link exists once src/site.config.ts names where reports go (none is stated yet).
    await expect(footer.getByRole('link', { name: 'Report an error' }), path).toHaveCount(SITE.reportErrors ? 1 : 0);
  }
});

test('the 404 page helps: it links home and lists the lessons', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the course home page' })).toHaveAttribute('href', '/');
  await page.getByRole('link', { name: /9\.2\s+Dataset Preparation/ }).click();
  await expect(page).toHaveURL(LESSONS.datasetPreparation);
});

for (const width of [320, 390]) {
  test.describe(`on a ${width}px phone`, () => {
    test.use({ viewport: { width, height: 640 } });

    test('the header shows the short course title whole, the menu and the theme control, and nothing overflows sideways', async ({ page }) => {
      for (const path of ALL_PAGES) {
        await page.goto(path);
        await waitForPageScripts(page);
        const title = page.getByRole('banner').getByRole('link', { name: SITE.shortTitle, exact: true });
        await expect(title, path).toBeVisible();
        expect(await title.evaluate((a) => a.scrollWidth - a.clientWidth), `${path}: the title is cut`).toBeLessThanOrEqual(0);
        const select = themeSelect(page);
        await expect(select, path).toBeVisible();
        const box = await select.boundingBox();
        expect(Math.min(box?.width ?? 0, box?.height ?? 0), `${path}: the theme control's touch target`).toBeGreaterThanOrEqual(24);
        expect(box && box.x + box.width, `${path}: the theme control is inside the screen`).toBeLessThanOrEqual(width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      }
    });

    test('the course menu opens and closes from its button', async ({ page }) => {
      await page.goto(LESSONS.whenToFineTune);
      await waitForPageScripts(page);
      const menu = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Course' });
      await expect(nav).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(nav.getByRole('link', { name: /9\.2/ })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
      await expect(menu).toBeFocused();
    });

    test('the theme control still offers all three choices and shows the current one by its icon', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('/');
      await waitForPageScripts(page);
      await themeSelect(page).selectOption('dark');
      expect(await themeIcon(page)).toBe('moon');
      await expect(themeSelect(page).locator('option:checked')).toHaveText('Dark theme');
      await expect(themeSelect(page).locator('option')).toHaveCount(3);
    });
  });
}

test('on a desktop the header shows the full course title, whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LESSONS.whenToFineTune);
  const title = page.getByRole('banner').getByRole('link', { name: SITE.title, exact: true });
  await expect(title).toBeVisible();
  expect(await title.evaluate((a) => a.scrollWidth - a.clientWidth)).toBeLessThanOrEqual(0);
  // Wide enough for the choice in words beside its icon (phones show the icon alone).
  expect(await themeSelect(page).evaluate((el) => getComputedStyle(el).color)).toBe('rgb(27, 31, 36)');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every lesson is complete and navigable, and JS-only controls are not shown', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    await expect(page.getByRole('main')).toContainText('$1,027.50');
    await expect(page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: /9\.2/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(themeSelect(page)).toBeHidden();
    await expect(page.getByRole('contentinfo')).toContainText(SITE.licence);
    await expect(page.getByRole('button', { name: 'Copy code' }).first()).toBeHidden();
    await page.getByText('Reveal answer').first().click();
    await expect(page.getByRole('main')).toContainText('format (style) problem');
  });
});

test('printing hides navigation and shows where links go', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Course' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next lesson' })).toBeHidden();
  const after = await page.getByRole('link', { name: /^OpenAI fine-tuning guide/ }).evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('platform.openai.com');
});

test('every link, asset and anchor resolves under the deploy base', { tag: '@base' }, async ({ page, at, failedResponses }) => {
  await page.goto(at('/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Working with Large Language Models');
  await page.getByRole('link', { name: /9\.1\s+When to Fine-Tune vs Prompt/ }).click();
  await expect(page).toHaveURL(at(LESSONS.whenToFineTune));
  const css = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position);
  expect(css).toBe('sticky');

  await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: 'Next lesson 9.2 Dataset Preparation' }).click();
  await expect(page).toHaveURL(at(LESSONS.datasetPreparation));
  await page.getByRole('link', { name: 'lesson 9.1' }).first().click();
  await expect(page).toHaveURL(`${at(LESSONS.whenToFineTune)}#common-mistakes`);
  await expect(page.getByRole('heading', { name: 'Common mistakes' })).toBeInViewport();

  await page.getByRole('banner').getByRole('link', { name: 'Working with Large Language Models' }).click();
  await expect(page).toHaveURL(at('/'));
  expect(failedResponses).toEqual([]);
});

test('the 404 page links back into the course under the deploy base', { tag: '@base' }, async ({ page, at }) => {
  const response = await page.goto(at('/nothing-here/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the course home page' })).toHaveAttribute('href', at('/'));
  await page.getByRole('link', { name: /9\.1\s+When to Fine-Tune vs Prompt/ }).click();
  await expect(page).toHaveURL(at(LESSONS.whenToFineTune));
});
