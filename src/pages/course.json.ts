import type { APIRoute } from 'astro';
import { getCourse } from '../data/course';
import { COURSE_OUTLINE_VERSION, type CourseOutline } from '../lib/course-outline';

/** course.json: the course outline from the course model (format: src/lib/course-outline.ts). */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  const outline: CourseOutline = {
    version: COURSE_OUTLINE_VERSION,
    chapters: course.chapters.map(({ id, number, title, lessons }) => ({
      id,
      number,
      title,
      lessons: lessons.map((l) => ({ path: l.path, number: l.number, title: l.title, questions: l.questions.length })),
    })),
  };
  return Response.json(outline);
};
