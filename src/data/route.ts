import type { MarkdownHeading } from 'astro';
import { AstroError } from 'astro/errors';
import { ContentError, type Course, type PlacedLesson } from '../build/course.ts';
import type { LessonData } from '../schemas/lesson.ts';

/** What a lesson page and every component in it need, computed once by the lesson route into `Astro.locals.route`. */
export interface LessonRoute {
  course: Course;
  lesson: PlacedLesson;
  data: LessonData;
  headings: MarkdownHeading[];
}

/** The lesson route data of the page being rendered; `widget` names the component that needs it, for the error. */
export function lessonRoute(locals: App.Locals, widget: string): LessonRoute {
  if (!locals.route) throw new ContentError(`${widget} can only be used in a lesson (an .mdx file in content/lessons/)`);
  return locals.route;
}

/** The quiz `id` of a lesson as the course model compiled it; an error naming the lesson's file if it has none. */
export function lessonQuiz(lesson: PlacedLesson, id: string): PlacedLesson['quizzes'][number] {
  const quiz = lesson.quizzes.find((q) => q.id === id);
  if (quiz) return quiz;
  throw new AstroError(
    `${lesson.filePath}: <Quiz id="${id}"> is not in the course model`,
    'Run the build again: the model compiles every quiz of the lesson first.',
  );
}
