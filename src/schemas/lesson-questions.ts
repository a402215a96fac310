import * as z from 'zod/mini';

// A lesson's published questions (`<lesson>/questions.json`, written by src/pages/[chapter]/[lesson]/questions.json.ts
// from the course model): what the review page shows. zod/mini, as it ships to the browser; what arrives over the
// network is checked, never trusted. Format, version 1:
//   { version: 1, lesson: "/fine-tuning/x/", number: "9.1", title: "…",
//     quizzes: [{ id, label, numberLabel, questions: [{ id, sig, kind, …kind's fields, hints?, slots: { q0p: "<html>" } }] }] }
// A question's slots are named by quizSlot for its place in its quiz, as the quiz island names them.

/** The version of questions.json this code writes and reads. */
export const LESSON_QUESTIONS_VERSION = 1;
/** The file beside each lesson page. */
export const LESSON_QUESTIONS_FILE = 'questions.json';

// Only the zod/mini parts the progress format already uses, so the zod chunk every widget loads does not grow.
const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/));
const whole = (min: number, max: number) => z.number().check(z.refine(Number.isInteger), z.gte(min), z.lte(max));
const finite = z.number().check(z.refine(Number.isFinite));
const base = { id, sig: z.string().check(z.refine((s) => s.length <= 20)), hints: z.optional(whole(1, 100)) };
const isPermutation = (start: number[]) => start.length >= 2 && new Set(start).size === start.length && start.every((i) => i < start.length);
const slots = z.pipe(
  z.looseObject({}),
  z.transform((raw: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string')),
  ),
);

/** A question's structure: which choices are right, the number and tolerance, the start order of its items. */
export const liveQuestionSchema = z.union([
  z.object({ ...base, kind: z.enum(['single', 'multiple']), right: z.array(z.boolean()).check(z.refine((r) => r.length > 0)) }),
  z.object({ ...base, kind: z.enum(['open']) }),
  z.object({ ...base, kind: z.enum(['numeric']), value: finite, tolerance: finite.check(z.gte(0)), unit: z.optional(z.string()) }),
  z.object({ ...base, kind: z.enum(['ordering']), start: z.array(whole(0, 1000)).check(z.refine(isPermutation)) }),
]);

const questionSchema = z.object({ question: liveQuestionSchema, slots });

/** One lesson's questions as published. */
export const lessonQuestionsSchema = z.object({
  version: z.number().check(z.refine((v) => v === LESSON_QUESTIONS_VERSION)),
  lesson: z.string(),
  number: z.string(),
  title: z.string(),
  quizzes: z.array(z.object({ id, label: z.string(), numberLabel: z.string(), questions: z.array(questionSchema) })),
});

/** A lesson's published questions, checked. */
export type LessonQuestions = z.output<typeof lessonQuestionsSchema>;
