import { describe, expect, it } from 'vitest';
import { ISLAND_DATA_ATTRIBUTE, serialiseIslandData } from '../../src/lib/island-data';
import { extractIslandData, islandDataUrl, prepareIslandData } from '../../src/lib/island-data-build';

const tag = (url: string, json: string) => `<script type="application/json" ${ISLAND_DATA_ATTRIBUTE}="${url}">${json}</script>`;

describe('island data', () => {
  it('serialises data so no text in it can close the script element early', () => {
    const json = serialiseIslandData({ prompt: 'Is </script><script>alert(1)</script> or <!-- a comment --> safe?' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ prompt: 'Is </script><script>alert(1)</script> or <!-- a comment --> safe?' });
  });

  it('names a data file by its content, under the assets folder of the deploy base', () => {
    const a = islandDataUrl('/course/_astro/', 'quiz', '{"questions":[]}');
    expect(a).toMatch(/^\/course\/_astro\/quiz\.[0-9a-f]{10}\.json$/);
    expect(islandDataUrl('/course/_astro', 'quiz', '{"questions":[]}')).toBe(a);
    expect(islandDataUrl('/course/_astro/', 'quiz', '{"questions":[1]}')).not.toBe(a);
  });

  it("prepares a widget's data and the URL it is fetched from, under the deploy base", () => {
    const data = { questions: [{ prompt: 'a < b' }] };
    for (const base of ['/', '/course/', '/course']) {
      const { src, json } = prepareIslandData(base, 'quiz', data);
      expect(json).toBe(serialiseIslandData(data));
      expect(src).toBe(islandDataUrl(`${base.replace(/\/?$/, '/')}_astro/`, 'quiz', json));
      expect(src.startsWith(base.replace(/\/?$/, '/'))).toBe(true);
    }
  });

  it('takes every data script out of a page and leaves the rest of it byte for byte', () => {
    const html = `<p>Before</p>${tag('/_astro/quiz.1.json', '{"a":1}')}<astro-island props="{}"></astro-island>${tag('/_astro/flowchart.2.json', '{"b":"\\u003c/p>"}')}<p>After</p>`;
    const { html: out, files } = extractIslandData(html);
    expect(out).toBe('<p>Before</p><astro-island props="{}"></astro-island><p>After</p>');
    expect(files).toEqual([
      { url: '/_astro/quiz.1.json', text: '{"a":1}' },
      { url: '/_astro/flowchart.2.json', text: '{"b":"\\u003c/p>"}' },
    ]);
  });

  it.each([
    ['a classic script', '<script>var a = 1;</script>'],
    ['JSON without the island data attribute', '<script type="application/json">{"a":1}</script>'],
    ['structured data for search engines', `<script type="application/ld+json" ${ISLAND_DATA_ATTRIBUTE}="/x.json">{}</script>`],
  ])('leaves %s in the page', (_name, script) => {
    const html = `<main>${script}</main>`;
    expect(extractIslandData(html)).toEqual({ html, files: [] });
  });
});
