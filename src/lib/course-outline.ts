// The course outline the build publishes as course.json (src/pages/course.json.ts) from the course model: the steps
// after the build (src/integrations/course-index.ts) read it to group the course's files by chapter. Format, version 1:
//   { version: 1, chapters: [{ id, number, title, lessons: [{ path: "/fine-tuning/x/", number: "9.1", title, questions }] }] }
// `path` is without the deploy base; `questions` is how many questions the lesson asks.

/** The version of course.json this code writes and reads. */
export const COURSE_OUTLINE_VERSION = 1;
/** Where the outline is published, relative to the site's base. */
export const COURSE_OUTLINE_FILE = 'course.json';

/** A lesson as the outline lists it. */
export interface OutlineLesson {
  path: string;
  number: string;
  title: string;
  questions: number;
}

/** The published course outline: chapters in course order, each with its lessons in order. */
export interface CourseOutline {
  version: typeof COURSE_OUTLINE_VERSION;
  chapters: { id: string; number: number; title: string; lessons: OutlineLesson[] }[];
}

/** The outline if `value` is one of this version, else undefined. */
export function parseCourseOutline(value: unknown): CourseOutline | undefined {
  const v = value as Partial<CourseOutline> | null;
  const lessonOk = (l: OutlineLesson) => typeof l?.path === 'string' && typeof l.title === 'string' && typeof l.number === 'string';
  const chapterOk = (c: CourseOutline['chapters'][number]) =>
    typeof c?.id === 'string' && typeof c.title === 'string' && Array.isArray(c.lessons) && c.lessons.every(lessonOk);
  return v?.version === COURSE_OUTLINE_VERSION && Array.isArray(v.chapters) && v.chapters.every(chapterOk) ? (v as CourseOutline) : undefined;
}
