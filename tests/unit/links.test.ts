import { describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks, type PageLinks } from '../../src/build/links';
import { extractLinks } from '../../src/integrations/read-site';

const page = (url: string, ids: string[], refs: string[], source?: string): PageLinks => ({ url, ids: new Set(ids), refs, source });

describe('findBrokenLinks', () => {
  const site = (base: string) => [
    page(`${base}`, ['main-content'], [`${base}a/`, `${base}a/#intro`, `${base}logo.svg`, 'https://example.com/x', 'mailto:a@b.c']),
    page(`${base}a/`, ['intro', 'main-content'], ['#intro', '../', `${base}a/#main-content`], 'content/lessons/a.mdx'),
  ];

  it.each(['/', '/course/'])('finds nothing wrong in a consistent site under base %s', (base) => {
    expect(findBrokenLinks(site(base), new Set(['logo.svg', 'index.html', 'a/index.html']), base)).toEqual([]);
  });

  it.each([
    ['a missing page', '/b/', 'points to a page or file that does not exist'],
    ['a missing section', '/a/#nope', 'section #nope that does not exist on /a/'],
    ['a missing section on the same page', '#nope', 'section #nope that does not exist on /a/'],
    ['a missing asset', '/missing.png', 'points to a page or file that does not exist'],
    ['a page link without its trailing slash', '/a', 'missing its trailing slash'],
  ])('reports %s', (_label, ref, message) => {
    const pages = [page('/', [], []), page('/a/', ['intro'], [ref], 'content/lessons/a.mdx')];
    const broken = findBrokenLinks(pages, new Set(), '/');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.message).toContain(message);
    expect(broken[0]?.source).toBe('content/lessons/a.mdx');
  });

  it('reports a root-relative link that escapes the sub-path base', () => {
    const broken = findBrokenLinks([page('/course/', [], ['/fine-tuning/a/'])], new Set(), '/course/');
    expect(broken[0]?.message).toContain("outside the site's base path /course/");
  });

  it('groups the report by content file so an author sees what to fix where', () => {
    const report = formatBrokenLinks([
      { page: '/a/', source: 'content/lessons/a.mdx', ref: '/b/', message: '"/b/" points to a page or file that does not exist' },
    ]);
    expect(report).toBe(
      '1 broken link(s) in the built site:\n  content/lessons/a.mdx (page /a/):\n    - "/b/" points to a page or file that does not exist',
    );
  });
});

describe('extractLinks', () => {
  it('collects ids, references and the source file, but not canonical links', () => {
    const html = `<html><head><link rel="canonical" href="https://site/x/"><link rel="stylesheet" href="/s.css"></head>
      <body><article data-source="content/lessons/x.mdx"><h2 id="one">One</h2><a name="old"></a>
      <a href="#one">a</a><img src="/i.png" alt=""><script src="/j.js"></script></article></body></html>`;
    const result = extractLinks(html, '/x/');
    expect([...result.ids]).toEqual(['one', 'old']);
    expect(result.refs).toEqual(['/s.css', '#one', '/i.png', '/j.js']);
    expect(result.source).toBe('content/lessons/x.mdx');
  });
});
