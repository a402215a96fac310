import { expect, test } from '@playwright/test';
import { waitForPageScripts } from '../perf/measure';
import { ALL_PAGES, LESSONS } from './helpers';

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
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('9.1 When to Fine-Tune vs Prompt');
  await expect(items.nth(0)).toContainText('Decide between prompting, RAG and fine-tuning');
  await expect(items.nth(1)).toContainText('9.2 Dataset Preparation');
});

test.describe('theme', () => {
  test('follows the system until the learner chooses', async ({ browser }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto('/');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', String(scheme === 'dark'));
      await context.close();
    }
  });

  test('the toggle persists across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await waitForPageScripts(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto(LESSONS.whenToFineTune);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await waitForPageScripts(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.goto(LESSONS.datasetPreparation);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
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
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('the 404 page helps: it links home and lists the lessons', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the course home page' })).toHaveAttribute('href', '/');
  await page.getByRole('link', { name: /9\.2\s+Dataset Preparation/ }).click();
  await expect(page).toHaveURL(LESSONS.datasetPreparation);
});

test.describe('on a 320px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the course menu opens and closes from its button, and nothing overflows sideways', async ({ page }) => {
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
    for (const path of ALL_PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every lesson is complete and navigable, and JS-only controls are not shown', async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    await expect(page.getByRole('main')).toContainText('$1,027.50');
    await expect(page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: /9\.2/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
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
