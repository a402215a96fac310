import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../perf/built-pages';
import { showEveryIsland, unhydratedIslands, waitForPageScripts } from '../perf/measure';
import { collectPageErrors } from '../perf/page-errors';
import { describeInput, DOM_INPUTS, PWNED, safeEncode } from '../fuzz/hostile-inputs';

// Every page of the build, fed each hostile value that can do harm on a page (DOM_INPUTS; every parser gets the whole
// corpus in unit tests) through what its scripts read: each localStorage key and URL query parameter a script on the
// page actually reads (found by watching a first, clean visit), plus the hash.
// Widgets that keep state in storage or the URL are covered as soon as they exist, with no change here.
// The print editions run only the scripts every page runs, over hundreds of KB of lessons: the other pages cover them.
const pages = builtPages().filter((p) => p !== '/404.html' && !p.startsWith('/print/'));
test.describe.configure({ timeout: 120_000 });
// Hundreds of navigations per test: a trace would cost more than the test; failures name the input instead.
test.use({ trace: 'off' });

/** Records which storage keys and query parameters page scripts read. */
async function watchReads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __reads: { storage: string[]; params: string[] } };
    w.__reads = { storage: [], params: [] };
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key: string) {
      if (this === window.localStorage || this === window.sessionStorage) w.__reads.storage.push(String(key));
      return getItem.call(this, key);
    };
    for (const method of ['get', 'getAll', 'has'] as const) {
      const original = URLSearchParams.prototype[method] as (this: URLSearchParams, name: string) => unknown;
      (URLSearchParams.prototype as unknown as Record<string, unknown>)[method] = function (this: URLSearchParams, name: string) {
        w.__reads.params.push(String(name));
        return original.call(this, name);
      };
    }
  });
}

/** Characters of query string a URL may carry here: servers (Vite's preview, most CDNs) refuse much longer ones. */
const URL_BUDGET = 6_000;

/** Brings every island into view and waits until each has hydrated: every widget reads what it was given. */
async function islandsLive(page: Page): Promise<void> {
  await showEveryIsland(page);
  await expect
    .poll(
      async () => {
        const left = await unhydratedIslands(page);
        if (left.length > 0) await showEveryIsland(page);
        return left;
      },
      { timeout: 15_000 },
    )
    .toEqual([]);
}

for (const path of pages)
  test(`${path} survives ${DOM_INPUTS.length} hostile values in every stored key and URL parameter it reads, and in its hash`, async ({ page }) => {
    await watchReads(page);
    await page.goto(path);
    await islandsLive(page);
    const reads = await page.evaluate(() => (window as unknown as { __reads: { storage: string[]; params: string[] } }).__reads);
    const storageKeys = [...new Set(reads.storage)];
    const params = [...new Set([...reads.params, 'state'])];
    expect(storageKeys, 'the theme script reads its stored choice, so discovery works').toContain('theme');

    const errors = await collectPageErrors(page);
    const failures: string[] = [];
    for (const input of DOM_INPUTS) {
      await page.evaluate(([keys, value]) => keys.forEach((k) => localStorage.setItem(k, value)), [storageKeys, input] as const);
      // Storage takes the whole value; a URL is capped the way servers cap it (a few KB), so the longest values go
      // into the URL cut short (still hostile: a cut can split a surrogate pair or an escape).
      let cut = input;
      while (safeEncode(cut).length * (params.length + 1) > URL_BUDGET) cut = cut.slice(0, Math.floor(cut.length / 2));
      const inUrl = safeEncode(cut);
      const query = params.map((p) => `${p}=${inUrl}`).join('&');
      // The islands are waited for below: the load event (icons, the print stylesheet) adds nothing to what is checked.
      await page.goto(`${path}?${query}#${inUrl}`, { waitUntil: 'domcontentloaded' });
      await islandsLive(page).catch((e: Error) => failures.push(`${describeInput(input)}: islands did not hydrate: ${e.message.split('\n')[0]}`));
      const state = await page.evaluate(
        (marker) => ({
          pwned: (window as unknown as Record<string, unknown>)[marker] !== undefined || document.querySelector('[data-pwned]') !== null,
          theme: document.documentElement.dataset['theme'] ?? null,
          heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
          polluted: ({} as Record<string, unknown>)['polluted'] !== undefined,
        }),
        PWNED,
      );
      if (state.pwned) failures.push(`${describeInput(input)}: injected markup or script ran`);
      if (state.polluted) failures.push(`${describeInput(input)}: Object.prototype was polluted`);
      if (state.theme !== null && state.theme !== 'light' && state.theme !== 'dark')
        failures.push(`${describeInput(input)}: data-theme became ${JSON.stringify(state.theme)}`);
      if (!state.heading) failures.push(`${describeInput(input)}: the page lost its heading`);
      for (const error of await errors()) failures.push(`${describeInput(input)}: ${error}`);
      await page.evaluate(() => ((window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0));
    }
    expect(failures).toEqual([]);
    // The page still works after all that: the theme control stores a valid choice again.
    await waitForPageScripts(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
  });
