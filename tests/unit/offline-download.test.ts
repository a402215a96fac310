import { formatBytes } from '../../src/lib/bytes';
import { describe, expect, it } from 'vitest';
import {
  courseKey,
  coverage,
  coverageText,
  downloadLabel,
  missingFiles,
  offlineNoResultsNote,
  selectedFiles,
  shouldResume,
} from '../../src/lib/offline-download';
import { parseCourseIndex, type CourseIndex } from '../../src/schemas/course-index';

const INDEX: CourseIndex = {
  revision: 'r1',
  files: {
    '': ['h', 8000],
    'pagefind/index/a.pf_index': ['i', 20000],
    'a/one/': ['1', 30000],
    'a/f1.pf_fragment': ['f', 2000],
    'b/two/': ['2', 40000],
  },
  common: ['', 'pagefind/index/a.pf_index'],
  chapters: [
    { id: 'a', title: 'Chapter 1: A', files: ['a/one/', 'a/f1.pf_fragment'] },
    { id: 'b', title: 'Chapter 2: B', files: ['b/two/'] },
  ],
  extras: { 'a/one/': ['a/f1.pf_fragment'] },
};
const stored = (...keys: string[]) => new Map(keys.map((k) => [k, INDEX.files[k]![0]]));

describe('the course index', () => {
  it('accepts a well-formed index and refuses a corrupt, truncated or inconsistent one', () => {
    expect(parseCourseIndex(JSON.parse(JSON.stringify(INDEX)))).toEqual(INDEX);
    expect(parseCourseIndex(null)).toBeUndefined();
    expect(parseCourseIndex({ ...INDEX, files: { '': ['h', -1] } })).toBeUndefined();
    expect(parseCourseIndex({ ...INDEX, common: ['missing.html'] })).toBeUndefined();
    expect(parseCourseIndex({ ...INDEX, chapters: [{ id: 'a', title: 'A', files: ['nope/'] }] })).toBeUndefined();
    expect(parseCourseIndex({ ...INDEX, extras: { 'a/one/': ['nope.pf_fragment'] } })).toBeUndefined();
    expect(parseCourseIndex({ ...INDEX, files: { ...INDEX.files, '': ['h', 'big'] } })).toBeUndefined();
  });

  it('a chapter download takes the common files and that chapter, once each', () => {
    expect(selectedFiles(INDEX, ['a'])).toEqual(['', 'pagefind/index/a.pf_index', 'a/one/', 'a/f1.pf_fragment']);
    expect(selectedFiles(INDEX, ['a', 'b', 'a'])).toHaveLength(5);
  });

  it('resuming fetches only what is missing or stored with another revision', () => {
    const files = selectedFiles(INDEX, ['a', 'b']);
    expect(missingFiles(INDEX, files, new Map([...stored('', 'a/one/'), ['b/two/', 'old']]))).toEqual([
      'pagefind/index/a.pf_index',
      'a/f1.pf_fragment',
      'b/two/',
    ]);
  });
});

describe('what the learner reads', () => {
  it('formats sizes as browsers show downloads', () => {
    expect([850, 74_000, 270_400, 3_610_000, 12_400_000].map(formatBytes)).toEqual(['850 bytes', '74 KB', '270 KB', '3.6 MB', '12.4 MB']);
  });

  it('the status says the whole course, a chapter, some chapters or this page', () => {
    expect(coverageText(coverage(INDEX, stored(...Object.keys(INDEX.files))), true)).toBe('Available offline: whole course');
    expect(coverageText(coverage(INDEX, stored('', 'pagefind/index/a.pf_index', 'a/one/', 'a/f1.pf_fragment')), true)).toBe(
      'Available offline: Chapter 1: A',
    );
    expect(coverageText(coverage(INDEX, stored('a/one/')), true)).toBe('Available offline: this page');
    expect(coverageText(undefined, false)).toBe('Available offline');
  });

  it('the button gives the size before it starts, what is left after a stop, and that it is done', () => {
    const parts = (s: Map<string, string>) => coverage(INDEX, s).course;
    expect(downloadLabel(parts(stored()), 'the course')).toBe('Download the course, 100 KB');
    expect(downloadLabel(parts(stored('', 'b/two/')), 'the course')).toBe('Download the rest of the course, 52 KB left');
    expect(downloadLabel(parts(stored(...Object.keys(INDEX.files))), 'the course')).toBe('The course downloaded, 100 KB');
  });

  it('a download asked for and not complete resumes; a complete, cancelled or running one does not', () => {
    const status = (keys: string[], asked: string[], running = false) => ({
      coverage: coverage(INDEX, stored(...keys)),
      pageStored: true,
      asked,
      progress: running ? ({ state: 'running', doneBytes: 0, totalBytes: 1 } as const) : undefined,
    });
    expect(shouldResume(status(['a/one/'], ['a']))).toBe(true);
    expect(shouldResume(status(['', 'pagefind/index/a.pf_index', 'a/one/', 'a/f1.pf_fragment'], ['a']))).toBe(false);
    expect(shouldResume(status([], []))).toBe(false);
    expect(shouldResume(status([], ['a'], true))).toBe(false);
  });
});

describe('courseKey', () => {
  it('keys a page by its folder whatever its query and hash, and refuses URLs outside the scope', () => {
    const scope = 'https://example.org/course/';
    expect(courseKey('https://example.org/course/a/one/?approach=no#x', scope)).toBe('a/one/');
    expect(courseKey('https://example.org/course/a/one/index.html', scope)).toBe('a/one/');
    expect(courseKey('https://example.org/course/', scope)).toBe('');
    expect(courseKey('https://example.org/other/', scope)).toBeUndefined();
    expect(courseKey('https://elsewhere.org/course/a/', scope)).toBeUndefined();
  });
});

describe('offlineNoResultsNote', () => {
  it.each([
    { found: 0, online: false, says: true },
    { found: 0, online: true, says: false },
    { found: 2, online: false, says: false },
  ])('explains an empty offline search only when it is offline and found nothing ($found found, online: $online)', ({ found, online, says }) => {
    expect(offlineNoResultsNote(found, online) !== '').toBe(says);
  });
});
