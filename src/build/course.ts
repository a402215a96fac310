import type { z } from 'astro/zod';
import { lessonPath } from '../lib/paths.ts';
import type { CompiledQuiz } from './course-loader.ts';
import type { chapterSchema, LessonData } from '../schemas/lesson.ts';

/** A chapter as content/chapters.json gives it, after validation. */
export type ChapterInput = z.infer<typeof chapterSchema>;

/** The fields of a lesson entry that the course outline needs. */
export interface LessonInput {
  id: string;
  filePath: string;
  data: Pick<LessonData, 'title' | 'chapter' | 'lesson' | 'slug' | 'summary'>;
  /** The lesson's quizzes, compiled from its MDX (src/build/course-loader.ts). */
  quizzes?: CompiledQuiz[];
}

/** A lesson as navigation shows it: number, title, summary and path (without the deploy base). */
export interface LessonLink {
  id: string;
  number: string;
  title: string;
  summary: string;
  path: string;
  /** The ids of its questions, counted at build time: progress knows a lesson's total before it is opened. */
  questions: string[];
}

/** A chapter with its lessons in order. */
export interface CourseChapter extends ChapterInput {
  lessons: LessonLink[];
}

/** A lesson with its place in the course: its chapter and its neighbours. */
export interface PlacedLesson extends LessonLink {
  chapter: ChapterInput;
  filePath: string;
  /** Its quizzes and exercises, in page order, with every question's parts. */
  quizzes: CompiledQuiz[];
  prev: LessonLink | undefined;
  next: LessonLink | undefined;
}

/** The whole course outline, computed once from the content collections. */
export interface Course {
  chapters: CourseChapter[];
  lessons: PlacedLesson[];
}

/** A content mistake an author must fix; the message names the file and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

function findDuplicate<T>(items: T[], key: (item: T) => string): [T, T] | undefined {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) return [first, item];
    seen.set(k, item);
  }
  return undefined;
}

/** Orders chapters and lessons, links prev/next, and rejects numbering that would make the outline ambiguous. */
export function buildCourse(chapters: ChapterInput[], lessons: LessonInput[]): Course {
  const dupChapter = findDuplicate(chapters, (c) => String(c.number));
  if (dupChapter) {
    throw new ContentError(
      `content/chapters.json: chapter "number" ${dupChapter[1].number} is used by both "${dupChapter[0].id}" and "${dupChapter[1].id}". Give each chapter its own number.`,
    );
  }
  const byNumber = new Map(chapters.map((c) => [c.number, c]));
  for (const lesson of lessons) {
    if (!byNumber.has(lesson.data.chapter)) {
      const known = chapters.map((c) => c.number).join(', ') || 'none';
      throw new ContentError(
        `${lesson.filePath}: "chapter" ${lesson.data.chapter} does not exist in content/chapters.json (known chapters: ${known}). Fix the number or add the chapter there.`,
      );
    }
  }
  const dupNumber = findDuplicate(lessons, (l) => `${l.data.chapter}.${l.data.lesson}`);
  if (dupNumber) {
    const [a, b] = dupNumber;
    throw new ContentError(
      `${b.filePath}: "lesson" number ${b.data.chapter}.${b.data.lesson} is already used by ${a.filePath}. Give each lesson in a chapter its own number.`,
    );
  }
  const dupSlug = findDuplicate(lessons, (l) => `${l.data.chapter}/${l.data.slug}`);
  if (dupSlug) {
    const [a, b] = dupSlug;
    throw new ContentError(
      `${b.filePath}: "slug" "${b.data.slug}" is already used by ${a.filePath} in the same chapter. Two lessons cannot share a URL.`,
    );
  }

  const orderedChapters = [...chapters].sort((a, b) => a.number - b.number);
  const ordered = [...lessons].sort((a, b) => a.data.chapter - b.data.chapter || a.data.lesson - b.data.lesson);
  const links = ordered.map((l): LessonLink => {
    const chapter = byNumber.get(l.data.chapter) as ChapterInput;
    return {
      id: l.id,
      number: `${l.data.chapter}.${l.data.lesson}`,
      title: l.data.title,
      summary: l.data.summary,
      path: lessonPath(chapter.id, l.data.slug),
      questions: (l.quizzes ?? []).flatMap((quiz) => quiz.questions.map((q) => q.id)),
    };
  });
  const placed = ordered.map((l, i): PlacedLesson => ({
    ...(links[i] as LessonLink),
    chapter: byNumber.get(l.data.chapter) as ChapterInput,
    filePath: l.filePath,
    quizzes: l.quizzes ?? [],
    prev: links[i - 1],
    next: links[i + 1],
  }));
  return {
    chapters: orderedChapters.map((c) => ({ ...c, lessons: links.filter((_, i) => ordered[i]?.data.chapter === c.number) })),
    lessons: placed,
  };
}
