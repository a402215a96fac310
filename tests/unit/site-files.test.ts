import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportLink, robotsTxt, siteUrl, webManifest } from '../../src/build/site-files';
import { builtSite, SITES } from '../support/sites';

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

  it('names no sitemap when the build has no public address', () => {
    expect(robotsTxt(undefined, '/course/')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('siteUrl', () => {
  it.each([
    ['unset', undefined, undefined],
    ['empty, as in SITE_URL= npm run build', '', undefined],
    ['blank', '  ', undefined],
    ['an https address', 'https://learn.example.org', 'https://learn.example.org/'],
    ['an address with a path and spaces around it', ' https://example.org/course/ ', 'https://example.org/course/'],
    ['a local http address', 'http://localhost:4321', 'http://localhost:4321/'],
  ])('reads %s as %s', (_label, raw, expected) => {
    expect(siteUrl(raw)).toBe(expected);
  });

  it.each([
    ['a host without a scheme', 'course.example.org'],
    ['another scheme', 'ftp://example.org'],
    ['an address with a query', 'https://example.org/?a=1'],
  ])('refuses %s, naming SITE_URL and what it was given', (_label, raw) => {
    expect(() => siteUrl(raw)).toThrow(`SITE_URL must be the site's public http(s) address, such as https://course.example.org, not "${raw}"`);
  });
});

describe('reportLink', () => {
  const page = { title: '9.1 When to Fine-Tune · LLMs', url: 'https://learn.example.org/fine-tuning/x/' };
  it.each([
    ['no link while nowhere is set', undefined, undefined],
    ['an issue tracker as it is', 'https://example.org/course/issues/new', 'https://example.org/course/issues/new'],
    [
      'a mailto: address with the page as subject and its address in the body',
      'mailto:course@example.org',
      'mailto:course@example.org?subject=Error%20in%209.1%20When%20to%20Fine-Tune%20%C2%B7%20LLMs&body=Page%3A%20https%3A%2F%2Flearn.example.org%2Ffine-tuning%2Fx%2F%0A%0AWhat%20is%20wrong%3A%0A',
    ],
  ])('gives %s', (_label, target, expected) => {
    expect(reportLink(target, page)).toBe(expected);
  });

  it('adds to a mailto: address that already has a query', () => {
    expect(reportLink('mailto:a@example.org?cc=b@example.org', page)).toMatch(/^mailto:a@example\.org\?cc=b@example\.org&subject=Error%20in%20/);
  });
});

// The two builds of a test run: dist/ without SITE_URL (npm run pdf), dist-subpath/ for a deploy at
// https://learn.example.org/course/ (npm run build:subpath).
describe('the absolute URLs a build publishes', () => {
  const read = (dir: string, file: string) => readFile(join(dir, file), 'utf8');
  const files = async (dir: string) => (await readdir(dir, { recursive: true })).filter((f) => /\.(html|xml|txt|webmanifest|json|js)$/.test(f));

  it('without SITE_URL, publishes no address of this machine, no canonical or Open Graph address and no sitemap', async () => {
    const local = builtSite(SITES.root);
    const published = await files(local);
    expect(published).toContain('robots.txt');
    expect(published.filter((f) => f.startsWith('sitemap'))).toEqual([]);
    for (const file of published) expect(await read(local, file), file).not.toMatch(/localhost|127\.0\.0\.1/);
    const lesson = await read(local, 'fine-tuning/when-to-fine-tune-vs-prompt/index.html');
    expect(lesson).not.toMatch(/rel="canonical"|property="og:url"|property="og:image"/);
    expect(await read(local, 'robots.txt')).not.toContain('Sitemap');
  });

  it('with SITE_URL and BASE_PATH=/course/, points every absolute URL at the deploy, under its base', async () => {
    const deployed = builtSite(SITES.subpath);
    expect(SITES.subpath.site).toBe('https://learn.example.org');
    const lesson = await read(deployed, 'fine-tuning/when-to-fine-tune-vs-prompt/index.html');
    const page = 'https://learn.example.org/course/fine-tuning/when-to-fine-tune-vs-prompt/';
    expect(lesson).toContain(`<link rel="canonical" href="${page}">`);
    expect(lesson).toContain(`<meta property="og:url" content="${page}">`);
    expect(lesson).toContain('<meta property="og:image" content="https://learn.example.org/course/icons/icon-512.png">');
    expect(await read(deployed, 'robots.txt')).toContain('\nSitemap: https://learn.example.org/course/sitemap-index.xml\n');
    expect(await read(deployed, 'sitemap-index.xml')).toContain('<loc>https://learn.example.org/course/sitemap-0.xml</loc>');
    const listed = [...(await read(deployed, 'sitemap-0.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed).toContain(page);
    expect(listed).toContain('https://learn.example.org/course/');
    const notFound = await read(deployed, '404.html');
    expect(notFound).not.toMatch(/rel="canonical"|property="og:url"/);
  });

  it.each([
    ['at the root', SITES.root, '/_astro/*'],
    ['under a sub-path', SITES.subpath, '/course/_astro/*'],
  ])('tells a host %s that the files in _astro/, named by their content, may be kept for good', async (_where, site, path) => {
    expect(await read(builtSite(site), '_headers')).toContain(`\n${path}\n  Cache-Control: public, max-age=31536000, immutable\n`);
  });
});
