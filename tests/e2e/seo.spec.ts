// What search engines and link previews see: the root build has no public address (SITE_URL), the sub-path build has
// one. Every test runs in the sub-path project too (playwright.config.ts).
import { siteUrl } from '../../src/build/site-files';
import type { Site } from '../support/sites';
import { expect, test } from './fixtures';
import { ALL_PAGES, LESSONS } from './helpers';

/**
 * The public address a build was made for, read as astro.config.mjs reads it: the sub-path build's is in
 * tests/support/sites.ts; the root build has one only if SITE_URL was set when it was built (npm test does not).
 */
const publicAddress = (site: Site) => siteUrl('site' in site ? site.site : process.env['SITE_URL']);
const lessons: string[] = Object.values(LESSONS);
const pages = ALL_PAGES.filter((p) => p !== '/404.html');

test('every page has its own title, description and Open Graph title and description', { tag: '@base' }, async ({ page, at }) => {
  const titles = new Set<string>();
  for (const path of pages) {
    await page.goto(at(path));
    const title = await page.title();
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const description = await meta('meta[name="description"]');
    titles.add(title);
    expect(description, path).toBeTruthy();
    expect(await meta('meta[property="og:title"]')).toBe(title);
    expect(await meta('meta[property="og:description"]')).toBe(description);
    expect(await meta('meta[property="og:type"]')).toBe(lessons.includes(path) ? 'article' : 'website');
  }
  expect(titles.size).toBe(pages.length);
});

test('the not-found page keeps out of search engines and claims no canonical URL', { tag: '@base' }, async ({ page, at }) => {
  await page.goto(at('/404.html'));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
});

test.describe('built without a public address', () => {
  test.skip(({ site }) => publicAddress(site) !== undefined, 'this build has a public address');
  test('no page, robots.txt or sitemap publishes an absolute URL of this machine', { tag: '@base' }, async ({ page, request, at }) => {
    for (const path of ALL_PAGES) {
      const response = await request.get(at(path));
      expect(await response.text(), path).not.toMatch(/localhost|127\.0\.0\.1/);
      await page.goto(at(path));
      await expect(page.locator('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"]'), path).toHaveCount(0);
    }
    const robots = await (await request.get(at('/robots.txt'))).text();
    expect(robots).toBe('User-agent: *\nAllow: /\n');
    expect((await request.get(at('/sitemap-index.xml'))).status()).toBe(404);
  });
});

test.describe('built for its public address', () => {
  test.skip(({ site }) => publicAddress(site) === undefined, 'this build has no public address (SITE_URL)');

  test('every page has a canonical URL, og:url and og:image on the public address', { tag: '@base' }, async ({ page, at, site }) => {
    const publicUrl = (path: string) => new URL(at(path), publicAddress(site)).href;
    for (const path of pages) {
      await page.goto(at(path));
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(publicUrl(path));
      expect(await meta('meta[property="og:url"]')).toBe(publicUrl(path));
      const image = new URL((await meta('meta[property="og:image"]')) ?? '');
      expect(image.href).toBe(publicUrl('/icons/icon-512.png'));
      expect((await page.request.get(image.pathname)).ok(), `${image.pathname} is served`).toBe(true);
    }
  });

  test('robots.txt points at the sitemap, which lists every page that may be indexed', { tag: '@base' }, async ({ request, at, site }) => {
    const publicUrl = (path: string) => new URL(at(path), publicAddress(site)).href;
    const robots = await (await request.get(at('/robots.txt'))).text();
    expect(robots).toContain(`Sitemap: ${publicUrl('/sitemap-index.xml')}`);
    const index = await (await request.get(at('/sitemap-index.xml'))).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const url of sitemaps) {
      const xml = await (await request.get(new URL(url).pathname)).text();
      listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
    }
    // Every page that may be indexed: not the 404 page, not the print editions (noindex: they repeat the lessons).
    expect(listed.sort()).toEqual(pages.map(publicUrl).sort());
  });
});
