import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { metaPolicy } from '../../src/integrations/csp-headers';
import { parsePolicy, sha256Source } from '../../src/build/csp';
import { builtPages, DIST } from '../perf/built-pages';
import { inlineScripts, showEveryIsland } from '../perf/measure';
import { collectPageErrors } from '../perf/page-errors';
import { NOT_LIVE } from './helpers';

// The service worker is part of what these tests check (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const pages = builtPages();
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

const headerPolicy = () => {
  const line = readFileSync(join(DIST, '_headers'), 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error('dist/_headers has no Content-Security-Policy line');
  return line.trim().slice('Content-Security-Policy:'.length).trim();
};

test.describe('the Content-Security-Policy in each built page', () => {
  for (const path of pages) {
    test(`${path} allows scripts only from the site or by hash, and every inline script it has by its hash`, () => {
      const html = readFileSync(fileOf(path), 'utf8');
      const text = metaPolicy(html);
      expect(text, 'a <meta http-equiv="content-security-policy">').toBeTruthy();
      const policy = parsePolicy(text ?? '');
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(
        scriptSrc.some((s) => /^\*|^https?:|^data:/.test(s)),
        'no wildcard or remote script sources',
      ).toBe(false);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      const scripts = inlineScripts(html);
      expect(scripts.length, 'the theme script at least').toBeGreaterThan(0);
      for (const script of scripts) expect(scriptSrc, script.slice(0, 80)).toContain(`'${sha256Source(script)}'`);
    });
  }

  test("dist/_headers carries every page's script and style hashes, and frame-ancestors which a <meta> cannot", () => {
    const header = parsePolicy(headerPolicy());
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('script-src')).not.toContain("'unsafe-inline'");
    for (const path of pages) {
      const meta = parsePolicy(metaPolicy(readFileSync(fileOf(path), 'utf8')) ?? '');
      for (const [name, sources] of meta) expect(header.get(name), `${path} ${name}`).toEqual(expect.arrayContaining(sources));
    }
  });
});

// That every page loads and scrolls through without an error or a CSP violation is checked on the same cold load as its
// budgets (budgets.spec.ts).
test.describe('every page runs clean', () => {
  // The print editions run only the scripts every page runs, over a whole chapter of lessons: the other pages cover them.
  for (const path of pages.filter((p) => !p.startsWith('/print/'))) {
    test(`${path} logs no error when the network drops once it says it is available offline`, async ({ page, context }) => {
      const errors = await collectPageErrors(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Widgets load when scrolled to; offline, that works once the service worker has precached them and says so.
      await expect(page.locator('[data-offline-text]')).toHaveText(/^Available offline/, { timeout: 20_000 });
      await context.setOffline(true);
      await showEveryIsland(page);
      await expect(page.locator(NOT_LIVE)).toHaveCount(0, { timeout: 15_000 });
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await errors()).toEqual([]);
      await context.setOffline(false);
    });
  }

  test('under the _headers policy sent as a header, the hashed theme script runs and an injected inline script is blocked', async ({ page }) => {
    const policy = headerPolicy();
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if (route.request().resourceType() === 'document') headers['content-security-policy'] = policy;
      await route.fulfill({ response, headers });
    });
    const errors = await collectPageErrors(page);
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html'), `${path}: the theme script ran`).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    }
    expect(await errors()).toEqual([]);
    const injected = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(injected, 'an inline script without a hash must not run').toBe(false);
    expect((await errors()).some((e) => e.startsWith('csp: script-src'))).toBe(true);
  });
});
