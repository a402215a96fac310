import { ContentError, type Course, type CourseChapter, type PlacedLesson } from './course.ts';
import { withBase } from '../lib/paths.ts';

/** The folder of every print edition, under the deploy base. */
export const PRINT_ROOT = '/print/';

/** The last segment of an edition's address that adds the answer key: "/print/fine-tuning/answers/". */
export const ANSWERS_SEGMENT = 'answers';

/** One printable document: the whole course or one chapter, with or without the answer key. */
export interface PrintEdition {
  /** "course" for the whole course, else the chapter's id. */
  scope: string;
  /** Its address without the deploy base: "/print/", "/print/answers/", "/print/fine-tuning/", ... */
  path: string;
  /** The `[...edition]` route parameter: undefined for /print/. */
  param: string | undefined;
  answers: boolean;
  /** The chapters it holds, each with its lessons in order. */
  chapters: CourseChapter[];
  /** Its lessons in order, with their place in the course. */
  lessons: PlacedLesson[];
  /** The same document with the answer key, or without it. */
  otherPath: string;
  /** Where its PDF is written (without the base), by `npm run pdf`: "/print/fine-tuning.pdf". */
  pdfPath: string;
}

/** The address of a print edition: the whole course (`scope` "course") or a chapter, with or without answers. */
export function printPath(scope: string, answers = false): string {
  const folder = scope === 'course' ? PRINT_ROOT : `${PRINT_ROOT}${scope}/`;
  return answers ? `${folder}${ANSWERS_SEGMENT}/` : folder;
}

/** Where the PDF of an edition is written: "/print/course.pdf", "/print/fine-tuning-answers.pdf". */
export function pdfPath(scope: string, answers = false): string {
  return `${PRINT_ROOT}${scope}${answers ? `-${ANSWERS_SEGMENT}` : ''}.pdf`;
}

/**
 * The most lessons the whole-course edition holds. A course of 500 lessons on one page would be megabytes of HTML and
 * thousands of printed pages, and would triple the build's rendering: beyond this, it prints by chapter only.
 */
export const COURSE_EDITION_MAX_LESSONS = 60;

/** Whether the course is small enough for one document holding all of it (COURSE_EDITION_MAX_LESSONS). */
export function hasCourseEdition(course: { lessons: readonly unknown[] }): boolean {
  return course.lessons.length <= COURSE_EDITION_MAX_LESSONS;
}

/**
 * Every print edition of the course: the whole course (when it is not too long), then each chapter, each without and
 * with its answer key. A
 * chapter whose id would collide with the course's own addresses ("answers") is refused.
 */
export function printEditions(course: Course): PrintEdition[] {
  const clash = course.chapters.find((c) => c.id === ANSWERS_SEGMENT || c.id === 'course');
  if (clash) throw new ContentError(`content/chapters.json: chapter id "${clash.id}" is taken by the print edition's addresses; choose another id.`);
  const scopes = [
    ...(hasCourseEdition(course) ? [{ scope: 'course', chapters: course.chapters }] : []),
    ...course.chapters.map((c) => ({ scope: c.id, chapters: [c] })),
  ];
  return scopes.flatMap(({ scope, chapters }) =>
    [false, true].map((answers): PrintEdition => {
      const path = printPath(scope, answers);
      const ids = new Set(chapters.map((c) => c.id));
      return {
        scope,
        path,
        param: path === PRINT_ROOT ? undefined : path.slice(PRINT_ROOT.length, -1),
        answers,
        chapters,
        lessons: course.lessons.filter((l) => ids.has(l.chapter.id)),
        otherPath: printPath(scope, !answers),
        pdfPath: pdfPath(scope, answers),
      };
    }),
  );
}

/** The id of a lesson's part of a document: "lesson-9-1". Element ids of the lesson are prefixed with it. */
export function lessonAnchor(lesson: Pick<PlacedLesson, 'number'>): string {
  return `lesson-${lesson.number.replace(/\./g, '-')}`;
}

/** An element id of a lesson, unique within a document holding several: "lesson-9-1--common-mistakes". */
export function anchorIn(lesson: Pick<PlacedLesson, 'number'>, id: string): string {
  return `${lessonAnchor(lesson)}--${id}`;
}

/** The id of a question's entry in the answer key: "key-lesson-9-1--q-json-format". */
export function keyAnchor(lesson: Pick<PlacedLesson, 'number'>, questionId: string): string {
  return `key-${anchorIn(lesson, questionId)}`;
}

/** What a document needs to rewrite its links: the deploy base, the lesson it is in, and every lesson it holds. */
export interface LinkContext {
  base: string;
  lesson: Pick<PlacedLesson, 'number' | 'path'>;
  /** The lessons in the document, by their path without the base ("/fine-tuning/x/"). */
  inDocument: ReadonlyMap<string, Pick<PlacedLesson, 'number'>>;
}

/**
 * A link of a lesson as the print edition writes it: to a section of the same lesson or of another lesson in the same
 * document, a link within the document ("#lesson-9-2--chat-format-jsonl"); to a lesson outside it, the site link as it
 * was; anything else (external, mail, files) unchanged.
 */
export function printHref(href: string, { base, lesson, inDocument }: LinkContext): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${anchorIn(lesson, decodeURIComponent(href.slice(1)))}` : `#${lessonAnchor(lesson)}`;
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const local = prefix !== '' && href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
  const [pathAndQuery = '', fragment] = local.split('#', 2) as [string, string | undefined];
  const path = pathAndQuery.split('?')[0] ?? '';
  const target = inDocument.get(path.endsWith('/') ? path : `${path}/`);
  if (!target) return withBase(base, local);
  return fragment ? `#${anchorIn(target, decodeURIComponent(fragment))}` : `#${lessonAnchor(target)}`;
}

/** Rewrites every `href="..."` of a fragment of HTML rendered from a lesson's Markdown (a quiz's text) with printHref. */
export function printHtml(html: string, context: LinkContext): string {
  return html.replace(/\bhref="([^"]*)"/g, (_, href: string) => `href="${printHref(href.replace(/&amp;/g, '&'), context).replace(/&/g, '&amp;')}"`);
}

/** The date of the build as the cover prints it: "December 7, 2026". */
export function buildDate(date = new Date()): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The PDF of the edition built at `pathname` ("print/fine-tuning/answers/", as Astro lists pages), or undefined. */
export function pdfOfEdition(pathname: string): string | undefined {
  const path = `/${pathname.replace(/^\/+/, '').replace(/\/?$/, '/')}`;
  if (!path.startsWith(PRINT_ROOT)) return undefined;
  const parts = path.slice(PRINT_ROOT.length, -1).split('/').filter(Boolean);
  const answers = parts.at(-1) === ANSWERS_SEGMENT;
  const scope = (answers ? parts.slice(0, -1) : parts)[0] ?? 'course';
  return pdfPath(scope, answers);
}

/** The number of pages of a PDF, counted from its page objects (Chromium writes them uncompressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
