// The offline behaviour of one build (root or sub-path), run by offline.spec.ts and offline.subpath.spec.ts.
// Each test serves the build from its own throwaway server, so "the network is gone" can be made real:
// the server is shut down and the browser context is set offline.
import { matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PRECACHE_IGNORE } from '../../../src/lib/offline';
import { withBase } from '../../../src/lib/paths';
import { listFiles } from '../../../src/integrations/read-site';
import { waitForPageScripts } from '../../perf/measure';
import { LESSONS, NOT_LIVE } from '../helpers';
import { buildChangedCourse, UPDATE_MARKER } from './build-site';
import { startStaticServer, type StaticServer } from './static-server';

/** Every file a build folder holds, as paths relative to it ("fine-tuning/x/index.html"). */
export async function builtFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).map((f) => relative(dir, f).split(sep).join('/'));
}

/** The files of a build that must be precached: all of them but the few a learner never needs. */
export const mustPrecache = (files: string[]) => files.filter((f) => !PRECACHE_IGNORE.some((glob) => matchesGlob(f, glob))).sort();

/** The URL path of each page of a build, as a learner opens it. */
export const pageUrls = (files: string[], base: string) =>
  files.filter((f) => f.endsWith('.html')).map((f) => base + (f === 'index.html' ? '' : f.replace(/(^|\/)index\.html$/, '$1')));

/** Waits until the page says the course is available offline and its service worker controls it. */
async function waitUntilAvailableOffline(page: Page): Promise<void> {
  await expect(page.getByText('Available offline')).toBeAttached({ timeout: 20_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The service worker caches by name, and the files each holds (relative to the base, without revision query). */
async function precached(page: Page, base: string): Promise<{ names: string[]; files: string[] }> {
  const { names, urls } = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    return { names, urls };
  });
  return { names, files: urls.map((u) => u.slice(base.length)).sort() };
}

async function goOffline(context: BrowserContext, server: StaticServer): Promise<void> {
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

/** Defines the offline tests for the build in `distDir`, deployed under `base`. */
export function offlineScenarios(base: string, distDir: string): void {
  const dist = fileURLToPath(new URL(`../../../${distDir}/`, import.meta.url));
  const at = (path: string) => withBase(base, path);
  let server: StaticServer;

  test.beforeEach(async () => {
    server = await startStaticServer(dist, base);
  });
  test.afterEach(async () => {
    await server.close();
  });

  test('after one visit, every file the build wrote is precached', async ({ page }) => {
    await page.goto(server.origin + at('/'));
    await waitUntilAvailableOffline(page);
    const { files } = await precached(page, base);
    expect(files).toEqual(mustPrecache(await builtFiles(dist)));
  });

  test('with the network gone, every page opens and loads all it needs, widgets included', async ({ page, context }) => {
    await page.goto(server.origin + at(LESSONS.whenToFineTune));
    await waitUntilAvailableOffline(page);
    await goOffline(context, server);
    const failures = recordFailures(page);
    for (const url of pageUrls(await builtFiles(dist), base)) {
      const response = await page.goto(server.origin + url);
      expect(response?.fromServiceWorker(), `${url} comes from the service worker`).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Islands hydrate when scrolled into view: walk down the page so every widget loads its code.
      await page.evaluate(async () => {
        // 'instant': the site scrolls smoothly, and a smooth scroll could skip an island between two steps.
        for (let y = 0; y <= document.body.scrollHeight; y += innerHeight / 2) {
          scrollTo({ top: y, behavior: 'instant' });
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      // Every widget is live: its code has run, so it was fetched (and cached).
      await expect(page.locator(NOT_LIVE)).toHaveCount(0, { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    }
    expect(failures).toEqual([]);
  });

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

  test('with the network gone, an address the course does not have shows the course’s own 404 page', async ({ page, context }) => {
    await page.goto(server.origin + at('/'));
    await waitUntilAvailableOffline(page);
    await goOffline(context, server);
    const response = await page.goto(`${server.origin}${at('/fine-tuning/no-such-lesson/')}?approach=no#top`);
    expect(response?.fromServiceWorker(), 'answered from the cache').toBe(true);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    // Its links lead back into the course, which opens offline too.
    await page
      .getByRole('main')
      .getByRole('link', { name: /When to Fine-Tune vs Prompt/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`${at(LESSONS.whenToFineTune)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('When to Fine-Tune vs Prompt');
  });

  test('with the network gone, the theme control, the copy button and a reload work', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(server.origin + at('/'));
    await waitUntilAvailableOffline(page);
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

  test('with the network gone, search finds lesson 9.1 for "catastrophic forgetting" and jumps to the section', async ({ page, context }) => {
    await page.goto(server.origin + at('/'));
    await waitUntilAvailableOffline(page);
    await goOffline(context, server);

    // A page opened offline, whose search has never run: Pagefind itself must come from the precache.
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
  });

  test('the course installs as an app that opens under its base', async ({ page, context }) => {
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
    // One second build per project, shared by these tests: in parallel, two workers would rebuild the same folder at once.
    test.describe.configure({ mode: 'serial' });
    let next: string;
    test.beforeAll(async () => {
      test.setTimeout(180_000);
      next = await buildChangedCourse(base);
    });

    /** Opens lesson 9.1 from the current build, deploys the next one, and has the page look for it. */
    async function deployWhileReading(page: Page): Promise<void> {
      await page.goto(server.origin + at(LESSONS.whenToFineTune));
      await waitUntilAvailableOffline(page);
      await expect(page.getByText(UPDATE_MARKER)).toHaveCount(0);
      server.serve(next);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(page.getByText('Update ready')).toBeAttached({ timeout: 20_000 });
    }

    test('the page says an update is ready; "Update now" loads it and no file of the old build stays cached', async ({ page, context }) => {
      await deployWhileReading(page);
      await expect(page.getByText(UPDATE_MARKER)).toHaveCount(0);
      await page.getByRole('button', { name: 'Update now' }).click();
      await expect(page.getByText(UPDATE_MARKER)).toBeVisible();
      await waitUntilAvailableOffline(page);
      await expect(page.getByRole('button', { name: 'Update now' })).toBeHidden();

      const { names, files } = await precached(page, base);
      expect(names).toHaveLength(1);
      expect(files).toEqual(mustPrecache(await builtFiles(next)));
      // Every cached page is the new one: offline, the other lesson shows the revision too.
      await goOffline(context, server);
      await page.goto(server.origin + at(LESSONS.datasetPreparation));
      await expect(page.getByText(UPDATE_MARKER)).toBeVisible();
    });

    test('a page opened after the deploy says an update is ready once the new build has installed', async ({ page }) => {
      await page.goto(server.origin + at(LESSONS.whenToFineTune));
      await waitUntilAvailableOffline(page);
      server.serve(next);
      // The old build answers this page; loading it is what makes the browser look for a new worker.
      await page.goto(server.origin + at(LESSONS.datasetPreparation));
      await expect(page.getByText('Update ready')).toBeAttached({ timeout: 20_000 });
      await expect(page.getByText(UPDATE_MARKER)).toHaveCount(0);
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
      await expect(page.getByText('Available offline')).toBeAttached();
    });
  });
}
