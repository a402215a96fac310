// "Download this course" in a course of more than one chapter: a button per chapter, a chapter downloaded alone, and the
// status saying which. Served from the generated course of 500 lessons around the real ones (npm run build:generated).
import { expect, test } from '@playwright/test';
import { startCountingServer, type CountingServer } from '../perf/counting-proxy';
import { builtSite, SITES } from '../support/sites';

// The service worker is part of what these tests check (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

let server: CountingServer;

test.describe.configure({ mode: 'serial' });
test.beforeEach(async () => {
  server = await startCountingServer(builtSite(SITES.generated));
});
test.afterEach(async () => {
  await server.close();
});

test('a chapter downloads on its own, the status names it, and offline its lessons open while another chapter’s do not', async ({
  page,
  context,
}) => {
  await page.goto(`${server.origin}/`);
  const status = page.getByRole('banner').locator('[data-offline-text]');
  await expect(status).toHaveText(/^Available offline/, { timeout: 20_000 });
  const control = page.getByRole('main').getByRole('region', { name: 'Use this course offline' });
  // One button for the course and one per chapter, each with its size before anything starts (what is left of it: the
  // home page, read now, is part of every download).
  await expect(control.getByRole('button', { name: /^Download the rest of the course, [\d.]+ [KM]B left$/ })).toBeVisible();
  for (const chapter of ['Chapter 1: Generated chapter 1', 'Chapter 2: Generated chapter 2', 'Chapter 9: Fine-Tuning'])
    await expect(control.getByRole('button', { name: new RegExp(`^Download the rest of ${chapter}, [\\d.]+ [KM]B left$`) })).toBeVisible();

  await control.getByRole('button', { name: /^Download the rest of Chapter 1: Generated chapter 1, / }).click();
  await expect(control.getByRole('status')).toHaveText(/^Download complete/, { timeout: 30_000 });
  await expect(status).toHaveText('Available offline: Chapter 1: Generated chapter 1');
  await expect(control.getByRole('button', { name: /^Chapter 1: Generated chapter 1 downloaded, / })).toBeVisible();
  await expect(control.getByRole('button', { name: /^Download the rest of the course, [\d.]+ [KM]B left$/ })).toBeVisible();

  await server.close();
  await context.setOffline(true);
  await page.goto(`${server.origin}/chapter-1/lesson-1-2/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Generated lesson 1.2');
  const other = await page.goto(`${server.origin}/chapter-2/lesson-2-1/`);
  expect(other?.status()).toBe(404);
  await expect(page.getByText(/^You are offline\. If this address is a lesson not stored on this device/)).toBeVisible();
});
