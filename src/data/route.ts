import type { MarkdownHeading } from 'astro';
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
