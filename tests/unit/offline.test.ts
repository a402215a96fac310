import { describe, expect, it } from 'vitest';
import { isCourseNavigation, isPagefindRuntimeFile, pagefindWasmNames, type LinkClick } from '../../src/lib/offline';
import { offlineStatusText, type OfflineState } from '../../src/lib/offline-status';

describe('Pagefind files kept in the build', () => {
  const entry = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 4 } } });

  it('reads the wasm builds the index names, with "unknown" for a language without one', () => {
    expect(pagefindWasmNames(entry)).toEqual(new Set(['en']));
    expect(pagefindWasmNames(JSON.stringify({ languages: { xx: { hash: 'h', wasm: null } } }))).toEqual(new Set(['unknown']));
    expect(pagefindWasmNames('{}')).toEqual(new Set());
  });

  it.each([
    ['pagefind.js', true],
    ['pagefind-worker.js', true],
    ['pagefind-entry.json', true],
    ['pagefind.en_962ac983c7.pf_meta', true],
    ['index/en_514762a.pf_index', true],
    ['fragment/en_f7ac6a8.pf_fragment', true],
    ['wasm.en.pagefind', true],
    ['wasm.unknown.pagefind', false],
    ['pagefind-ui.js', false],
    ['pagefind-ui.css', false],
    ['pagefind-modular-ui.js', false],
    ['pagefind-component-ui.css', false],
    ['pagefind-highlight.js', false],
    ['playground/index.html', false],
  ])('keeps %s: %s', (path, kept) => {
    expect(isPagefindRuntimeFile(path, pagefindWasmNames(entry))).toBe(kept);
  });
});

describe('offlineStatusText', () => {
  it.each<[OfflineState, string]>([
    ['saving', 'Saving for offline…'],
    ['ready', 'Available offline'],
    ['update-ready', 'Update ready'],
    ['updating', 'Updating…'],
    ['failed', 'Not available offline'],
    ['unsupported', ''],
  ])('says what %s means', (state, text) => {
    expect(offlineStatusText(state)).toBe(text);
  });
});

describe('isCourseNavigation', () => {
  const here = 'https://example.org/course/fine-tuning/a/';
  const scope = 'https://example.org/course/';
  const click = (href: string, extra: Partial<LinkClick> = {}): LinkClick => ({
    href,
    target: '',
    download: false,
    button: 0,
    modified: false,
    ...extra,
  });

  it.each([
    ['another lesson', click('/course/fine-tuning/b/'), true],
    ['another lesson at a section', click('https://example.org/course/fine-tuning/b/#quiz'), true],
    ['the home page', click('/course/'), true],
    ['a link targeting this tab', click('/course/', { target: '_self' }), true],
    ['a section of this page', click('#quiz'), false],
    ['this page itself', click(here), false],
    ['a page outside the course', click('/elsewhere/'), false],
    ['another site', click('https://docs.example.com/course/'), false],
    ['a middle click', click('/course/', { button: 1 }), false],
    ['a click with a modifier key', click('/course/', { modified: true }), false],
    ['a link opening a new tab', click('/course/', { target: '_blank' }), false],
    ['a download', click('/course/icons/icon.svg', { download: true }), false],
    ['an unparsable address', click('http://['), false],
  ])('decides for %s', (_, c, expected) => {
    expect(isCourseNavigation(c, here, scope)).toBe(expected);
  });

  it('treats the same page with another query as a page load', () => {
    expect(isCourseNavigation(click('?print=1'), here, scope)).toBe(true);
  });
});
