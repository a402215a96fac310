import { describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/build/course';
import {
  COURSE_EDITION_MAX_LESSONS,
  lessonAnchor,
  pdfOfEdition,
  pdfPageCount,
  printEditions,
  printHref,
  printHtml,
  type LinkContext,
} from '../../src/build/print-edition';

const chapters = [
  { id: 'fine-tuning', number: 9, title: 'Fine-Tuning' },
  { id: 'rag', number: 10, title: 'Retrieval' },
];
const lesson = (chapter: number, n: number, slug: string) => ({
  id: `${chapter}-${n}`,
  filePath: `content/lessons/${chapter}-${n}.mdx`,
  data: { title: `Lesson ${chapter}.${n}`, chapter, lesson: n, slug, summary: 'S' },
});
const course = buildCourse(chapters, [lesson(9, 1, 'a'), lesson(9, 2, 'b'), lesson(10, 1, 'c')]);
const context = (base: string, scope = 'fine-tuning'): LinkContext => {
  const inDocument = new Map(course.lessons.filter((l) => scope === 'course' || l.chapter.id === scope).map((l) => [l.path, l]));
  return { base, lesson: course.lessons[1]!, inDocument };
};

describe('print editions', () => {
  it('are the whole course, then each chapter, each without and with the answer key, in that order', () => {
    const editions = printEditions(course);
    expect(editions.map((e) => [e.path, e.param, e.pdfPath, e.lessons.map((l) => l.number)])).toEqual([
      ['/print/', undefined, '/print/course.pdf', ['9.1', '9.2', '10.1']],
      ['/print/answers/', 'answers', '/print/course-answers.pdf', ['9.1', '9.2', '10.1']],
      ['/print/fine-tuning/', 'fine-tuning', '/print/fine-tuning.pdf', ['9.1', '9.2']],
      ['/print/fine-tuning/answers/', 'fine-tuning/answers', '/print/fine-tuning-answers.pdf', ['9.1', '9.2']],
      ['/print/rag/', 'rag', '/print/rag.pdf', ['10.1']],
      ['/print/rag/answers/', 'rag/answers', '/print/rag-answers.pdf', ['10.1']],
    ]);
    expect(editions.map((e) => e.otherPath)).toEqual([
      '/print/answers/',
      '/print/',
      '/print/fine-tuning/answers/',
      '/print/fine-tuning/',
      '/print/rag/answers/',
      '/print/rag/',
    ]);
  });

  it(`leave out the whole-course edition beyond ${COURSE_EDITION_MAX_LESSONS} lessons, keeping the chapters'`, () => {
    const big = buildCourse(
      chapters.slice(0, 1),
      Array.from({ length: COURSE_EDITION_MAX_LESSONS + 1 }, (_, i) => lesson(9, i + 1, `l${i + 1}`)),
    );
    expect(printEditions(big).map((e) => e.path)).toEqual(['/print/fine-tuning/', '/print/fine-tuning/answers/']);
  });

  it('refuse a chapter whose id is one of their own addresses', () => {
    const clash = buildCourse([{ id: 'answers', number: 1, title: 'A' }], [lesson(1, 1, 'a')]);
    expect(() => printEditions(clash)).toThrow(/chapter id "answers" is taken/);
  });

  it('name the PDF of each edition from the address Astro lists it at', () => {
    expect(['print/', 'print/answers/', 'print/fine-tuning/', '/print/fine-tuning/answers/', 'fine-tuning/a/', ''].map(pdfOfEdition)).toEqual([
      '/print/course.pdf',
      '/print/course-answers.pdf',
      '/print/fine-tuning.pdf',
      '/print/fine-tuning-answers.pdf',
      undefined,
      undefined,
    ]);
  });
});

describe('links in a print edition', () => {
  it('to a section of the same lesson, or of another lesson in the document, point within the document', () => {
    expect(lessonAnchor(course.lessons[0]!)).toBe('lesson-9-1');
    expect(printHref('#why', context('/'))).toBe('#lesson-9-2--why');
    expect(printHref('/fine-tuning/a/#common-mistakes', context('/'))).toBe('#lesson-9-1--common-mistakes');
    expect(printHref('/fine-tuning/a/', context('/'))).toBe('#lesson-9-1');
    expect(printHref('/fine-tuning/a', context('/'))).toBe('#lesson-9-1');
  });

  it('work the same under a deploy sub-path, whose links already carry it', () => {
    expect(printHref('/course/fine-tuning/a/#x', context('/course/'))).toBe('#lesson-9-1--x');
    expect(printHref('/course/rag/c/', context('/course/'))).toBe('/course/rag/c/');
  });

  it('to a lesson outside the document stay site links; external ones are unchanged', () => {
    expect(printHref('/rag/c/#x', context('/'))).toBe('/rag/c/#x');
    expect(printHref('/rag/c/#x', context('/', 'course'))).toBe('#lesson-10-1--x');
    expect(printHref('https://example.com/a#b', context('/'))).toBe('https://example.com/a#b');
    expect(printHref('mailto:a@b.c', context('/'))).toBe('mailto:a@b.c');
  });

  it('are rewritten in HTML rendered from a quiz, and nothing else is', () => {
    const html = '<p>See <a href="/fine-tuning/a/#x">9.1</a> and <a href="https://e.com/?a=1&amp;b=2">e</a>: href="/no"</p>';
    expect(printHtml(html, context('/'))).toBe(
      '<p>See <a href="#lesson-9-1--x">9.1</a> and <a href="https://e.com/?a=1&amp;b=2">e</a>: href="/no"</p>',
    );
  });
});

describe('pdfPageCount', () => {
  it('counts page objects, not the page tree', () => {
    const pdf = '1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> 2 0 obj << /Type /Page >> 3 0 obj <</Type/Page/Parent 1 0 R>>';
    expect(pdfPageCount(new TextEncoder().encode(pdf))).toBe(2);
  });
});
