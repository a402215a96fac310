import type { PlacedLesson } from './course.ts';
import { liveQuestion, questionPieces } from './quiz-island.ts';
import { LESSON_QUESTIONS_VERSION, type LessonQuestions } from '../schemas/lesson-questions.ts';

/** A lesson's questions as published in its questions.json (format: src/schemas/lesson-questions.ts), from the course model. */
export function lessonQuestions(lesson: PlacedLesson): LessonQuestions {
  return {
    version: LESSON_QUESTIONS_VERSION,
    lesson: lesson.path,
    number: lesson.number,
    title: lesson.title,
    quizzes: lesson.quizzes.map((quiz) => ({
      id: quiz.id,
      label: quiz.label,
      numberLabel: quiz.numberLabel,
      questions: quiz.questions.map((q, n) => ({
        question: liveQuestion(q),
        slots: Object.fromEntries(questionPieces(q, n).map((p) => [p.name, p.html])),
      })),
    })),
  };
}
