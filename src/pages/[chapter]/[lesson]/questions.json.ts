import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonQuestions } from '../../../build/lesson-questions';
import type { PlacedLesson } from '../../../build/course';
import { getCourse } from '../../../data/course';

/** Every lesson's questions.json, beside its page: the review page reads it (src/schemas/lesson-questions.ts). */
export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.lessons.map((lesson) => ({ params: { chapter: lesson.chapter.id, lesson: lesson.path.split('/')[2] }, props: { lesson } }));
}) satisfies GetStaticPaths;

/** The lesson's questions from the course model, as JSON. */
export const GET: APIRoute<{ lesson: PlacedLesson }> = ({ props }) => Response.json(lessonQuestions(props.lesson));
