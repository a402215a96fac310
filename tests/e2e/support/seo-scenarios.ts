// What search engines and link previews see, on the build served by `astro preview` (root or /course/):
// run by seo.spec.ts and seo.subpath.spec.ts.
import { expect, test } from '@playwright/test';
import { withBase } from '../../../src/lib/paths';
import { ALL_PAGES, LESSONS } from '../helpers';

/** Defines the sharing and SEO tests for the build deployed under `base`. */
export function seoScenarios(base: string): void {
  const at = (path: string) => withBase(base, path);
  // The public address the build was made for; astro.config.mjs reads the same variable.
  const site = process.env['SITE_URL'] ?? 'http://localhost:4321';
  const publicUrl = (path: string) => new URL(at(path), site).href;
  const lessons: string[] = Object.values(LESSONS);

  test('every page has its own title and description, a canonical URL and matching Open Graph tags', async ({ page }) => {
    const titles = new Set<string>();
    for (const path of ALL_PAGES.filter((p) => p !== '/404.html')) {
      await page.goto(at(path));
      const title = await page.title();
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      const description = await meta('meta[name="description"]');
      titles.add(title);
      expect(description, path).toBeTruthy();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(publicUrl(path));
      expect(await meta('meta[property="og:title"]')).toBe(title);
      expect(await meta('meta[property="og:description"]')).toBe(description);
      expect(await meta('meta[property="og:url"]')).toBe(publicUrl(path));
      expect(await meta('meta[property="og:type"]')).toBe(lessons.includes(path) ? 'article' : 'website');
      const image = new URL((await meta('meta[property="og:image"]')) ?? '');
      expect(image.origin).toBe(new URL(site).origin);
      expect((await page.request.get(image.pathname)).ok(), `${image.pathname} is served`).toBe(true);
    }
    expect(titles.size).toBe(ALL_PAGES.length - 1);
  });

  test('the not-found page keeps out of search engines and claims no canonical URL', async ({ page }) => {
    await page.goto(at('/404.html'));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
  });

  test('robots.txt points at the sitemap, which lists the home page and every lesson', async ({ request }) => {
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
    expect(listed.sort()).toEqual(['/', ...lessons].map(publicUrl).sort());
  });
}
