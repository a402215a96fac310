import { describe, expect, it } from 'vitest';
import { robotsTxt, webManifest } from '../../src/build/site-files';

const course = { title: 'Working with LLMs', shortTitle: 'LLM Course', description: 'A course.' };

describe('webManifest', () => {
  it.each([
    ['the root', '/', '/'],
    ['a sub-path', '/course/', '/course/'],
  ])('opens and stays at %s, with every icon under it', (_, base, start) => {
    const manifest = webManifest({ ...course, base }) as { start_url: string; scope: string; id: string; icons: { src: string; purpose: string }[] };
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual([start, start, start]);
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) expect(icon.src.startsWith(start)).toBe(true);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('names the app by the course title and short title, shown as a standalone app', () => {
    expect(webManifest({ ...course, base: '/' })).toMatchObject({
      name: course.title,
      short_name: course.shortTitle,
      description: course.description,
      display: 'standalone',
    });
  });
});

describe('robotsTxt', () => {
  it.each([
    ['https://learn.example.org', '/', 'https://learn.example.org/sitemap-index.xml'],
    ['https://example.org/', '/course/', 'https://example.org/course/sitemap-index.xml'],
  ])('points crawlers of %s (base %s) at %s', (site, base, sitemap) => {
    expect(robotsTxt(site, base)).toContain(`\nSitemap: ${sitemap}\n`);
    expect(robotsTxt(site, base)).toMatch(/^User-agent: \*\nAllow: \/\n/);
  });
});
