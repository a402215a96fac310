// Offline use of the course: the first visit, the download, the network gone, and a new deploy. Each test serves the
// build from its own throwaway server, so "the network is gone" can be made real: the server is shut down and the
// browser context is set offline. Tests tagged @base run in the sub-path project too (playwright.config.ts).
import { matchesGlob, relative, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatBytes } from '../../src/lib/bytes';
import { withBase } from '../../src/lib/paths';
import { COURSE_INDEX } from '../../src/lib/offline-download';
import { parseCourseIndex, type CourseIndex } from '../../src/schemas/course-index';
import { PRECACHE_IGNORE, SHELL_GLOBS } from '../../src/lib/offline';
import type { CountingServer } from '../perf/counting-proxy';
import { listFiles } from '../../src/integrations/read-site';
import { showEveryIsland, waitForPageScripts } from '../perf/measure';
import { LESSONS, NOT_LIVE } from './helpers';
import { revisedDeploy, UPDATE_MARKER } from './support/revised-deploy';

/** The first visit's bound: everything the server sends for one lesson, the service worker's fetches included (issue #17). */
const FIRST_VISIT_BYTES = 400_000;

/** Every file a build folder holds, as paths relative to it ("fine-tuning/x/index.html"). */
async function builtFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).map((f) => relative(dir, f).split(sep).join('/'));
}

/** The shell of a build, precached on the first visit: code, styles, the 404 page, icons, the search runtime. */
const shellFiles = (files: string[]) =>
  files.filter((f) => SHELL_GLOBS.some((glob) => matchesGlob(f, glob)) && !PRECACHE_IGNORE.some((glob) => matchesGlob(f, glob))).sort();

/** The course index a build wrote. */
const readCourseIndex = (dir: string): CourseIndex => parseCourseIndex(JSON.parse(readFileSync(`${dir}/${COURSE_INDEX}`, 'utf8')))!;

/** The URL path of each page of a build, as a learner opens it. */
const pageUrls = (files: string[], base: string) =>
  files.filter((f) => f.endsWith('.html')).map((f) => base + (f === 'index.html' ? '' : f.replace(/(^|\/)index\.html$/, '$1')));

/** The header's offline status line. */
const offlineStatus = (page: Page) => page.getByRole('banner').locator('[data-offline-text]');

/** Waits until the page says the course is available offline and its service worker controls it. */
async function waitUntilAvailableOffline(page: Page, timeout = 20_000): Promise<void> {
  await expect(offlineStatus(page)).toHaveText(/^Available offline/, { timeout });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The service worker caches whose name starts with `prefix`, and the files they hold (relative to the base, without revision query). */
async function cached(page: Page, base: string, prefix: string): Promise<{ names: string[]; files: string[] }> {
  const { names, urls } = await page.evaluate(async (prefix) => {
    const names = (await caches.keys()).filter((n) => n.startsWith(prefix));
    const urls: string[] = [];
    for (const name of names) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    return { names, urls };
  }, prefix);
  return { names, files: urls.map((u) => u.slice(base.length)).sort() };
}
const precached = (page: Page, base: string) => cached(page, base, 'course-precache');
const courseCache = (page: Page, base: string) => cached(page, base, 'course-content');

/** Downloads the whole course from the home page's control and waits until it is stored. */
async function downloadCourse(page: Page, origin: string, base: string): Promise<void> {
  await page.goto(origin + withBase(base, '/'));
  await waitUntilAvailableOffline(page);
  const control = page.getByRole('main').getByRole('region', { name: 'Use this course offline' });
  await control.getByRole('button', { name: /^Download (the rest of )?the course, / }).click();
  await expect(control.getByRole('status')).toHaveText(/^Download complete/, { timeout: 30_000 });
  await expect(offlineStatus(page)).toHaveText('Available offline: whole course');
}

async function goOffline(context: BrowserContext, server: CountingServer): Promise<void> {
  await server.close();
  await context.setOffline(true);
}

/** Collects everything that goes wrong on a page: failed requests, error responses, uncaught errors. */
function recordFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('requestfailed', (r) => {
    // ERR_ABORTED is the page itself cancelling a request (it navigated on); a request the cache cannot answer fails otherwise.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${r.url()} failed: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/404.html') && failures.push(`${r.url()} answered ${r.status()}`));
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  return failures;
}

import { expect, test } from './fixtures';
import { builtSite } from '../support/sites';

// The service worker is part of what these tests check (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// Each test serves the project's build (the root or the /course/ one) from its own counting server.
let server: CountingServer;
let base: string;
let at: (path: string) => string;
let dist: string;
test.beforeEach(async ({ serve, site, at: under }) => {
  server = await serve();
  base = site.base;
  at = under;
  dist = builtSite(site);
});

test(
  'a first visit stores the shell and the page read, not the other lessons, and costs less than 400 KB in all',
  { tag: '@base' },
  async ({ page }) => {
    await page.goto(server.origin + at(LESSONS.whenToFineTune));
    await expect(offlineStatus(page)).toHaveText('Available offline: this page', { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect((await precached(page, base)).files).toEqual(shellFiles(await builtFiles(dist)));
    const stored = (await courseCache(page, base)).files;
    expect(stored).toContain(LESSONS.whenToFineTune.slice(1));
    expect(stored).not.toContain(LESSONS.datasetPreparation.slice(1));
    const bytes = server.sent.reduce((n, s) => n + s.bytes, 0);
    expect(bytes, `${server.sent.length} requests`).toBeLessThan(FIRST_VISIT_BYTES);
  },
);

test('the download control shows the size first, a progress bar while it runs, and cancels keeping what it stored', async ({ page }) => {
  const index = readCourseIndex(dist);
  const total = Object.values(index.files).reduce((n, [, bytes]) => n + bytes, 0);
  await page.goto(server.origin + at('/'));
  await waitUntilAvailableOffline(page);
  const control = page.getByRole('main').getByRole('region', { name: 'Use this course offline' });
  // The home page is stored as it was read: the button offers the rest.
  const home = index.files['']![1];
  await expect(control.getByRole('button', { name: `Download the rest of the course, ${formatBytes(total - home)} left` })).toBeVisible();
  // Each course file takes a while, so the download can be watched and stopped.
  server.slow(/\/(fine-tuning\/.+|pagefind\/(index|fragment)\/.+)$/, 1500);
  await control.getByRole('button', { name: /^Download (the rest of )?the course/ }).click();
  const bar = control.getByRole('progressbar', { name: 'Download progress' });
  await expect(bar).toBeVisible();
  await expect(control.getByRole('status')).toHaveText(/^Downloading: /);
  await expect(offlineStatus(page)).toHaveText(/^Downloading… \d+%$/);
  await control.getByRole('button', { name: 'Cancel download' }).click();
  await expect(control.getByRole('status')).toHaveText(/^Download cancelled: .* kept$/, { timeout: 15_000 });
  await expect(bar).toBeHidden();
  const left = control.getByRole('button', { name: /^Download the (rest of the )?course, / });
  await expect(left).toBeVisible();
  server.slow(undefined);
  await left.click();
  await expect(control.getByRole('status')).toHaveText('Download complete: available offline.', { timeout: 20_000 });
  // The size is said once, by the button that now says the course is stored.
  await expect(control.getByRole('button', { name: `The course downloaded, ${formatBytes(total)}` })).toBeDisabled();
  await expect(control.getByText(formatBytes(total), { exact: false })).toHaveCount(1);
  expect((await courseCache(page, base)).files).toEqual(
    expect.arrayContaining([LESSONS.datasetPreparation.slice(1), LESSONS.whenToFineTune.slice(1)]),
  );
});

test('a download cut short by a lost connection resumes by itself once the browser is back online', async ({ page, context }) => {
  await page.goto(server.origin + at('/'));
  await waitUntilAvailableOffline(page);
  const control = page.getByRole('main').getByRole('region', { name: 'Use this course offline' });
  server.slow(/\/(fine-tuning\/.+|pagefind\/(index|fragment)\/.+)$/, 1500);
  await control.getByRole('button', { name: /^Download (the rest of )?the course/ }).click();
  await expect(control.getByRole('status')).toHaveText(/^Downloading: /);
  await context.setOffline(true);
  await expect(control.getByRole('status')).toHaveText(/^Connection lost: /, { timeout: 15_000 });
  server.slow(undefined);
  server.reset();
  await context.setOffline(false);
  await expect(control.getByRole('status')).toHaveText(/^Download complete/, { timeout: 20_000 });
  // Only what was missing was fetched again: never the home page the first visit stored.
  expect(server.sent.map((s) => s.path)).not.toContain(at('/'));
});

test('starting a download asks the browser to keep the data, and says what it granted', async ({ page }) => {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    (window as unknown as { persistAsked: number }).persistAsked = 0;
    storage.persist = async () => {
      (window as unknown as { persistAsked: number }).persistAsked++;
      return true;
    };
  });
  await page.goto(server.origin + at('/'));
  await waitUntilAvailableOffline(page);
  const control = page.getByRole('main').getByRole('region', { name: 'Use this course offline' });
  await expect(control.getByText(/This site uses .* of the .* the browser allows\./)).toBeVisible();
  await control.getByRole('button', { name: /^Download (the rest of )?the course/ }).click();
  await expect(control.getByText('The browser keeps it until you remove it.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
});

test('the download starts at once while the browser has not answered the request to keep the data, and says the answer when it comes', async ({
  page,
}) => {
  // Firefox answers persist() with a permission prompt: until the learner answers it (in automation, never) it stays pending.
  await page.addInitScript(() => {
    const w = window as unknown as { grantPersist?: (granted: boolean) => void };
    navigator.storage.persist = () => new Promise<boolean>((resolve) => (w.grantPersist = resolve));
  });
  await page.goto(server.origin + at('/'));
  await waitUntilAvailableOffline(page);
  const control = page.getByRole('main').getByRole('region', { name: 'Use this course offline' });
  await control.getByRole('button', { name: /^Download (the rest of )?the course/ }).click();
  await expect(control.getByRole('status')).toHaveText(/^Download complete/, { timeout: 30_000 });
  await expect(offlineStatus(page)).toHaveText('Available offline: whole course');
  await expect(control.getByText('The browser keeps it until you remove it.', { exact: false })).toBeHidden();
  await page.evaluate(() => (window as unknown as { grantPersist: (granted: boolean) => void }).grantPersist(true));
  await expect(control.getByText('The browser keeps it until you remove it.', { exact: false })).toBeVisible();
});

test('removing the download frees its space and keeps the shell', async ({ page }) => {
  await page.goto(server.origin + at('/'));
  await waitUntilAvailableOffline(page);
  const control = page.getByRole('main').getByRole('region', { name: 'Use this course offline' });
  // Before any download, the pages read are what there is to remove, and the button says so.
  await expect(control.getByRole('button', { name: /^Remove the pages kept offline, [\d.]+ KB$/ })).toBeVisible();
  await downloadCourse(page, server.origin, base);
  await control.getByRole('button', { name: 'Remove the download' }).click();
  await expect(control.getByRole('status')).toHaveText('Removed: the space is freed. Pages you read from now on are kept again.');
  // Only the course's small index of files stays (the control reads it again to offer the download).
  expect((await courseCache(page, base)).files.filter((f) => f !== 'offline-index.json')).toEqual([]);
  expect((await precached(page, base)).files).toEqual(shellFiles(await builtFiles(dist)));
  await expect(control.getByRole('button', { name: /^Download (the rest of )?the course, / })).toBeVisible();
});

test('the header’s Download button opens the same control in a panel, by keyboard too, and Escape closes it', async ({ page }) => {
  await page.goto(server.origin + at(LESSONS.whenToFineTune));
  await waitUntilAvailableOffline(page);
  const open = page.getByRole('banner').getByRole('button', { name: 'Download', exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Download for offline use' });
  await expect(panel.getByRole('button', { name: /^Download (the rest of )?the course, / })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(open).toBeFocused();
});

// Not passing yet: offline, this search answers "No results" instead of counting 9.1 as not downloaded (see the report of #17).
test('with only the page read stored and the network gone, search says a download is what it needs', async ({ page, context }) => {
  await page.goto(server.origin + at(LESSONS.datasetPreparation));
  await expect(offlineStatus(page)).toHaveText('Available offline: this page', { timeout: 20_000 });
  await goOffline(context, server);
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search the course' }).fill('catastrophic forgetting');
  await expect(page.getByRole('search').locator('[aria-live="polite"]')).toHaveText(
    'No results for “catastrophic forgetting”. Offline, search covers only what is downloaded: download the course from the home page to search all of it',
  );
});

test('with a download cut short and the network gone, search finds the stored lessons and says one more is not downloaded', async ({
  page,
  context,
}) => {
  await downloadCourse(page, server.origin, base);
  // A download cancelled part way: lesson 9.1 and its search text are not stored, everything else is.
  const lesson = LESSONS.whenToFineTune.replace(/^\//, '');
  await page.evaluate(async (lesson) => {
    for (const name of (await caches.keys()).filter((n) => n.startsWith('course-content-'))) {
      const cache = await caches.open(name);
      const index = (await (await cache.match(new URL('offline-index.json', navigator.serviceWorker.controller!.scriptURL).href))?.json()) as
        { extras: Record<string, string[]> } | undefined;
      const scope = new URL('.', navigator.serviceWorker.controller!.scriptURL).href;
      for (const key of [lesson, ...(index?.extras[lesson] ?? [])]) await cache.delete(new URL(key, scope).href);
    }
  }, lesson);
  await goOffline(context, server);
  await page.goto(server.origin + at(LESSONS.datasetPreparation));
  await page.getByRole('searchbox', { name: 'Search the course' }).fill('catastrophic forgetting');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: /^9\.2 Dataset Preparation$/ })).toBeVisible();
  await expect(results.getByRole('link', { name: /^9\.1 When to Fine-Tune vs Prompt$/ })).toHaveCount(0);
  await expect(page.getByRole('search').locator('[aria-live="polite"]')).toContainText('1 more lesson matches but is not downloaded for offline use');
});

test(
  'with the course downloaded and the network gone, every page opens and loads all it needs, widgets included',
  { tag: '@base' },
  async ({ page, context }) => {
    test.setTimeout(90_000); // Every page, each widget on it brought into view.
    await downloadCourse(page, server.origin, base);
    await goOffline(context, server);
    const failures = recordFailures(page);
    for (const url of pageUrls(await builtFiles(dist), base)) {
      const response = await page.goto(server.origin + url);
      expect(response?.fromServiceWorker(), `${url} comes from the service worker`).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await showEveryIsland(page);
      // Every widget is live: its code has run, so it was fetched (and cached).
      await expect(page.locator(NOT_LIVE)).toHaveCount(0, { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    }
    expect(failures).toEqual([]);
  },
);

test('with the network gone, a shared link with widget state opens the lesson in that state', async ({ page, context }) => {
  await page.goto(server.origin + at(LESSONS.whenToFineTune));
  await waitUntilAvailableOffline(page);
  await goOffline(context, server);
  // The flowchart's own link (answers in the query string) and a calculator scenario, as a friend would send them.
  const response = await page.goto(`${server.origin}${at(LESSONS.whenToFineTune)}?approach=no&requests=2000#decide-fine-tune`);
  expect(response?.fromServiceWorker(), 'answered from the cache').toBe(true);
  const widget = page.getByRole('region', { name: 'Which approach should you use?' });
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.fc-nav').getByRole('heading', { level: 4 })).toHaveText('Is it a style, format or persona problem?');
  await page.getByLabel(/^Daily requests/).scrollIntoViewIfNeeded();
  await expect(page.getByLabel(/^Daily requests/)).toHaveValue('2000');
});

test('with the network gone, an address the course does not have shows the course’s own 404 page', { tag: '@base' }, async ({ page, context }) => {
  await page.goto(server.origin + at(LESSONS.whenToFineTune));
  await waitUntilAvailableOffline(page);
  await goOffline(context, server);
  const response = await page.goto(`${server.origin}${at('/fine-tuning/no-such-lesson/')}?approach=no#top`);
  expect(response?.fromServiceWorker(), 'answered from the cache').toBe(true);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText(/^You are offline\. If this address is a lesson not stored/)).toBeVisible();
  // Its links lead back into the course, which opens offline too.
  await page
    .getByRole('main')
    .getByRole('link', { name: /When to Fine-Tune vs Prompt/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${at(LESSONS.whenToFineTune)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('When to Fine-Tune vs Prompt');
});

test('with the network gone, a lesson not read or downloaded opens the 404 page, which says so and comes back online', async ({ page, context }) => {
  await page.goto(server.origin + at(LESSONS.whenToFineTune));
  await waitUntilAvailableOffline(page);
  await context.setOffline(true);
  const response = await page.goto(server.origin + at(LESSONS.datasetPreparation));
  expect(response?.status()).toBe(404);
  const note = page.getByText(/^You are offline\. If this address is a lesson not stored on this device, it opens once you are back online/);
  await expect(note).toBeVisible();
  await context.setOffline(false);
  await expect(note).toBeHidden();
});

test('on a network that reaches nothing while the browser says it is online, the 404 page still says the course is offline', async ({ page }) => {
  await page.goto(server.origin + at(LESSONS.whenToFineTune));
  await waitUntilAvailableOffline(page);
  // A train's captive Wi-Fi: the browser is online, the course's host answers nothing.
  await server.close();
  const response = await page.goto(server.origin + at(LESSONS.datasetPreparation));
  expect(response?.status()).toBe(404);
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await expect(page.getByText(/^You are offline\. If this address is a lesson not stored on this device/)).toBeVisible();
});

test('with the network gone, the theme control, the copy button and a reload work', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await downloadCourse(page, server.origin, base);
  await goOffline(context, server);

  await page.goto(server.origin + at(LESSONS.datasetPreparation));
  await waitForPageScripts(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/9\.2/);
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await waitForPageScripts(page);

  const copy = page.getByRole('button', { name: 'Copy code' }).first();
  await copy.click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const code = await page.locator('.code-block pre').first().innerText();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test(
  'with the course downloaded and the network gone, search finds lesson 9.1 for "catastrophic forgetting" and jumps to the section',
  { tag: '@base' },
  async ({ page, context }) => {
    await downloadCourse(page, server.origin, base);
    await goOffline(context, server);

    // A page opened offline, whose search has never run: Pagefind itself must come from the caches.
    await page.goto(server.origin + at(LESSONS.datasetPreparation));
    await waitUntilAvailableOffline(page); // the page script (and its "/" shortcut) has started
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search the course' })).toBeFocused();
    await page.keyboard.type('catastrophic forgetting');
    const lesson = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^9\.1 When to Fine-Tune vs Prompt$/ }) });
    const section = lesson
      .getByRole('list', { name: /Sections of 9\.1/ })
      .getByRole('link')
      .first();
    const href = await section.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${at(LESSONS.whenToFineTune)}#[\\w-]+$`));
    await section.click();
    await expect(page).toHaveURL(server.origin + href);
    await expect(page.locator(`[id="${href?.split('#')[1]}"]`)).toBeInViewport();
  },
);

test('the course installs as an app that opens under its base', { tag: '@base' }, async ({ page, context }) => {
  await page.goto(server.origin + at('/'));
  await waitUntilAvailableOffline(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(server.origin + base);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(at('/manifest.webmanifest'));
  const manifest = (await (await page.request.get(server.origin + href)).json()) as {
    start_url: string;
    scope: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect([manifest.start_url, manifest.scope]).toEqual([base, base]);
  for (const icon of manifest.icons) {
    const body = await (await page.request.get(server.origin + icon.src)).body();
    if (icon.type !== 'image/png') continue;
    // A PNG's width and height sit at bytes 16-23 of its IHDR chunk.
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Test browsers run incognito, which Chromium never installs from; every other check is the site's.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test.describe('where service workers are not allowed', () => {
  test.use({ serviceWorkers: 'block' });

  test('the page works as before and says it is not available offline', async ({ page }) => {
    const failures = recordFailures(page);
    await page.goto(server.origin + at(LESSONS.whenToFineTune));
    await expect(page.getByText('Not available offline')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/9\.1/);
    expect(failures).toEqual([]);
  });
});

test.describe('after a new deploy', () => {
  // One revised copy per project, shared by these tests: in parallel, two workers would write the same folder at once.
  test.describe.configure({ mode: 'serial' });
  // The build as it is, and a copy of it with lesson 9.2 revised, as the next deploy.
  let next: string;
  test.beforeAll(async ({ site }, info) => {
    test.setTimeout(60_000);
    // A folder per worker: a worker that repeats these tests must not rewrite the copy another one is serving.
    next = await revisedDeploy(builtSite(site), `${site.dir}-${info.workerIndex}`);
  });
  test.beforeEach(() => server.serve(dist));

  /** Opens lesson 9.1 from the current build, deploys the next one, and has the page look for it. */
  async function deployWhileReading(page: Page): Promise<void> {
    await page.goto(server.origin + at(LESSONS.whenToFineTune));
    await waitUntilAvailableOffline(page);
    await expect(page.getByText(UPDATE_MARKER)).toHaveCount(0);
    server.serve(next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('Update ready')).toBeAttached({ timeout: 20_000 });
  }

  test(
    'after a deploy, "Update now" loads it, refreshes the download fetching only changed files, and keeps nothing of the old build',
    { tag: '@base' },
    async ({ page, context }) => {
      await downloadCourse(page, server.origin, base);
      server.reset();
      await deployWhileReading(page);
      // Before it offers the update, the new worker fetched the course files that changed or are new (lesson 9.2, its
      // search fragment, parts of the search index), and copied the others (lesson 9.1, the home page, 9.1's search
      // fragment) from the old cache without fetching them.
      const before = readCourseIndex(dist).files;
      const after = readCourseIndex(next).files;
      const changed = Object.keys(after).filter((key) => before[key]?.[0] !== after[key]![0]);
      const unchanged = Object.keys(after).filter((key) => !changed.includes(key));
      expect(changed).toContain(LESSONS.datasetPreparation.slice(1));
      expect(
        changed.some((key) => !(key in before) && key.endsWith('.pf_fragment')),
        'a new search fragment',
      ).toBe(true);
      expect(unchanged).toEqual(expect.arrayContaining(['', LESSONS.whenToFineTune.slice(1)]));
      const fetched = server.sent.map((s) => s.path);
      for (const key of changed) expect(fetched, key).toContain(base + key);
      for (const key of unchanged) expect(fetched, key).not.toContain(base + key);
      await page.getByRole('button', { name: 'Update now' }).click();
      // The new worker activates (it removes the old build's files and stores the open page) before the page reloads
      // under it; on a busy machine that has taken over 20 s (the page's own fallback reloads after 10 s regardless).
      await waitUntilAvailableOffline(page, 45_000);
      await expect(page.getByRole('button', { name: 'Update now' })).toBeHidden();

      const { names, files } = await precached(page, base);
      expect(names).toHaveLength(1);
      expect(files).toEqual(shellFiles(await builtFiles(next)));
      const content = await courseCache(page, base);
      expect(content.names).toHaveLength(1);
      expect(content.files).toEqual(expect.arrayContaining(Object.keys(readCourseIndex(next).files).map((key) => key)));
      // Every cached page is the new one: offline, the other lesson shows the revision too.
      await goOffline(context, server);
      await page.goto(server.origin + at(LESSONS.datasetPreparation));
      await expect(page.getByText(UPDATE_MARKER)).toBeVisible();
    },
  );

  test('a page not stored, opened after the deploy, comes new from the network and says an update is ready for the rest', async ({ page }) => {
    await page.goto(server.origin + at(LESSONS.whenToFineTune));
    await waitUntilAvailableOffline(page);
    server.serve(next);
    // A page not read before is not stored: the network answers it with the new build, and loading it is what makes
    // the browser look for the new worker, which then offers the update for what is stored.
    await page.goto(server.origin + at(LESSONS.datasetPreparation));
    await expect(page.getByText(UPDATE_MARKER)).toBeVisible();
    await expect(page.getByText('Update ready')).toBeAttached({ timeout: 20_000 });
  });

  test('a waiting update is applied on the next page the learner opens from a link', async ({ page }) => {
    test.setTimeout(90_000);
    await deployWhileReading(page);
    // The learner has read to the end of the lesson: the islands there have loaded before they follow the link. (Loading
    // them in the very moment the new worker takes over can stall Chromium's activation; the page asks again each
    // second, but the test checks the link, not that race.)
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('navigation', { name: 'Previous and next lesson' })
      .getByRole('link', { name: /Next lesson/ })
      .click();
    // The page first waits for the new worker to take over, which a busy machine can take several seconds to do (one CI
    // run saw activation take longer than the page's own 10 s fallback, so the navigation waited on it too).
    await expect(page).toHaveURL(server.origin + at(LESSONS.datasetPreparation), { timeout: 30_000 });
    await expect(page.getByText(UPDATE_MARKER)).toBeVisible();
    await expect(offlineStatus(page)).toHaveText(/^Available offline/);
  });
});
