import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSite } from '../../src/integrations/read-site';
import { findBrokenLinks, formatBrokenLinks } from '../../src/build/links';

const html = (body: string, source = '') =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${
    source ? `<article data-source="${source}">` : '<article>'
  }${body}</article></body></html>`;

let dir = '';
async function site(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rm(dir, { recursive: true, force: true }));

const good = {
  '_astro/site.css': 'body{}',
  'index.html': html('<a href="/lesson/">lesson</a> <a href="/lesson/#part">part</a>'),
  'lesson/index.html': html('<h2 id="part">Part</h2><a href="#part">here</a><a href="../">home</a>', 'content/lessons/lesson.mdx'),
};

describe('the link check over a built folder', () => {
  it('passes a folder whose pages, assets and sections all exist', async () => {
    const { pages, files } = await readSite(await site(good), '/');
    expect(pages).toHaveLength(2);
    expect(findBrokenLinks(pages, files, '/')).toEqual([]);
  });

  it.each([
    ['a page that was never built', '<a href="/missing/">x</a>', 'points to a page or file that does not exist'],
    ['a section no heading has', '<a href="/lesson/#nowhere">x</a>', 'section #nowhere that does not exist on /lesson/'],
    ['an image that is not there', '<img src="/img/gone.png" alt="">', '"/img/gone.png" points to a page or file that does not exist'],
    ['a script that is not there', '<script type="module" src="/_astro/gone.js"></script>', '"/_astro/gone.js" points to a page'],
    [
      'an island whose code is not there',
      '<astro-island component-url="/_astro/Gone.js" renderer-url="/_astro/site.css"></astro-island>',
      '"/_astro/Gone.js" points to a page',
    ],
  ])('fails on a deliberately broken page with %s, naming its source file', async (_label, body, message) => {
    const { pages, files } = await readSite(await site({ ...good, 'broken/index.html': html(body, 'content/lessons/broken.mdx') }), '/');
    const broken = findBrokenLinks(pages, files, '/');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.page).toBe('/broken/');
    expect(broken[0]?.source).toBe('content/lessons/broken.mdx');
    expect(broken[0]?.message).toContain(message);
  });

  it.each([
    {
      problem: 'a lesson that does not exist',
      body: 'See <a href="/fine-tuning/no-such-lesson/">the next lesson</a>.',
      says: '"/fine-tuning/no-such-lesson/" points to a page or file that does not exist',
    },
    {
      problem: 'a section another lesson does not have',
      body: '<a href="/fine-tuning/other/#no-such-section">the other part</a>',
      says: 'section #no-such-section that does not exist on /fine-tuning/other/',
    },
  ])('reports $problem under the lesson file the page was built from', async ({ body, says }) => {
    const { pages, files } = await readSite(
      await site({
        ...good,
        'fine-tuning/other/index.html': html('<h2 id="only-section">Only section</h2>', 'content/lessons/other.mdx'),
        'fine-tuning/links/index.html': html(body, 'content/lessons/links.mdx'),
      }),
      '/',
    );
    const report = formatBrokenLinks(findBrokenLinks(pages, files, '/'));
    expect(report).toContain('content/lessons/links.mdx (page /fine-tuning/links/):');
    expect(report).toContain(says);
  });

  it('fails on a page in a sub-path build that links outside its base', async () => {
    const files = Object.fromEntries(Object.entries(good).map(([k, v]) => [k, v.replaceAll('href="/', 'href="/course/')]));
    const { pages, files: all } = await readSite(
      await site({ ...files, 'x/index.html': html('<a href="/lesson/">escaped</a>').replace('"/_astro/', '"/course/_astro/') }),
      '/course/',
    );
    const broken = findBrokenLinks(pages, all, '/course/');
    expect(broken.map((b) => b.message)).toEqual(['"/lesson/" points outside the site\'s base path /course/']);
  });
});
