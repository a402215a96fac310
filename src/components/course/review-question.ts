import * as z from 'zod/mini';
import { LESSON_QUESTIONS_FILE, lessonQuestionsSchema, type LessonQuestions } from '../../schemas/lesson-questions';
import type { LiveQuestion } from '../../lib/quiz-model';

/** A question as its lesson publishes it: structure, its text's slots (name → HTML), place and the lesson's title. */
export interface LessonQuestion {
  q: LiveQuestion;
  slots: Record<string, string>;
  /** Its 0-based place in its quiz, which names its slots. */
  n: number;
  title: string;
  lessonTitle: string;
}

/** A question found, or why not: its lesson's questions could not be fetched, or they were and no longer hold it. */
export type Found = { ok: true; question: LessonQuestion } | { ok: false; reason: 'unreachable' | 'missing' };

const lessons = new Map<string, Promise<LessonQuestions | undefined>>();

/** A lesson's published questions, fetched once per review (the service worker answers from its cache offline). */
function lessonQuestions(lessonUrl: string): Promise<LessonQuestions | undefined> {
  let found = lessons.get(lessonUrl);
  if (!found) {
    found = fetch(`${lessonUrl}${LESSON_QUESTIONS_FILE}`)
      .then((r) => (r.ok ? r.json() : undefined))
      .then((json: unknown) => {
        const parsed = z.safeParse(lessonQuestionsSchema, json);
        return parsed.success ? parsed.data : undefined;
      })
      .catch(() => undefined);
    lessons.set(lessonUrl, found);
  }
  return found;
}

/** Finds question `id` of `lesson` in the questions the lesson publishes beside its page at `lessonUrl`. */
export async function findQuestion(lessonUrl: string, lesson: string, id: string): Promise<Found> {
  const data = await lessonQuestions(lessonUrl);
  // Only the lesson's own questions can say a question is gone: an offline page or another version says nothing.
  if (!data || data.lesson !== lesson) return { ok: false, reason: 'unreachable' };
  for (const quiz of data.quizzes) {
    const n = quiz.questions.findIndex((q) => q.question.id === id);
    const found = quiz.questions[n];
    if (found)
      return {
        ok: true,
        question: { q: found.question as LiveQuestion, slots: found.slots, n, title: `${quiz.numberLabel} ${n + 1}`, lessonTitle: data.title },
      };
  }
  return { ok: false, reason: 'missing' };
}
