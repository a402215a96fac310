import { describe, expect, it } from 'vitest';
import { applySplices, findElements } from '../../src/lib/html-spans';

describe('findElements', () => {
  const html = '<head><script>a()</script><style>p{}</style></head><body><script type="application/json" data-x="u">{"a":"&lt;"}</script></body>';

  it('finds the elements the matcher keeps, with spans that cut out exactly their source', () => {
    const found = findElements(html, (name) => (name === 'script' ? name : undefined));
    expect(found.map((f) => html.slice(f.start, f.end))).toEqual([
      '<script>a()</script>',
      '<script type="application/json" data-x="u">{"a":"&lt;"}</script>',
    ]);
  });

  it('hands back what the matcher kept and the text undecoded', () => {
    const found = findElements(html, (_name, attrs) => attrs['data-x']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ match: 'u', text: '{"a":"&lt;"}' });
  });

  it('finds nothing in a page without a match', () => {
    expect(findElements('<p>text</p><style>p{}</style>', (name) => (name === 'script' ? name : undefined))).toEqual([]);
  });
});

describe('applySplices', () => {
  it('replaces each span, in source order whatever order they come in, and keeps the rest byte for byte', () => {
    const html = 'aa<x>bb<y>cc';
    expect(
      applySplices(html, [
        { start: 7, end: 10, with: '' },
        { start: 2, end: 5, with: '[X]' },
      ]),
    ).toBe('aa[X]bbcc');
  });

  it('leaves the page as it is when there is nothing to splice', () => {
    expect(applySplices('<p>same</p>', [])).toBe('<p>same</p>');
  });
});
