import type { APIRoute, GetStaticPaths } from 'astro';
import type { PlacedLesson } from '../../../build/course';
import { liveQuestion, questionSlots } from '../../../build/quiz-island';
import { getCourse } from '../../../data/course';
import { LESSON_QUESTIONS_VERSION, type LessonQuestions } from '../../../schemas/lesson-questions';

/** Every lesson's questions.json, beside its page: the review page reads it (src/schemas/lesson-questions.ts). */
export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.lessons.map((lesson) => ({ params: { chapter: lesson.chapter.id, lesson: lesson.path.split('/')[2] }, props: { lesson } }));
}) satisfies GetStaticPaths;

/** The lesson's questions from the course model, as JSON. */
export const GET: APIRoute<{ lesson: PlacedLesson }> = ({ props: { lesson } }) =>
  Response.json({
    version: LESSON_QUESTIONS_VERSION,
    lesson: lesson.path,
    number: lesson.number,
    title: lesson.title,
    quizzes: lesson.quizzes.map((quiz) => ({
      id: quiz.id,
      label: quiz.label,
      numberLabel: quiz.numberLabel,
      questions: quiz.questions.map((q, n) => ({ question: liveQuestion(q), slots: questionSlots(q, n) })),
    })),
  } satisfies LessonQuestions);
