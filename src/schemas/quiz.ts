import { z } from 'astro/zod';
import type { Question } from '../build/quiz-island.ts';
import { plainText, toBlocks, type RichTextInput } from '../build/rich-text.ts';
import { fieldErrors } from './errors.ts';
import { list, strict, text } from './fields.ts';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

// Text, or paragraphs and { code } blocks; an empty one is refused by whichever branch it fits.
const richText = (field: string, hint: string) =>
  z
    .union(
      [
        text(field, hint),
        z
          .array(
            z.union([
              text(field, hint, { too_small: `"${field}" has an empty paragraph: remove it or write it` }),
              strict(field, { code: z.string().min(1, { error: `"${field}" has an empty { code } block` }), lang: z.string().optional() }),
            ]),
            { error: fieldErrors(field, hint) },
          )
          .min(1),
      ],
      { error: fieldErrors(field, hint, { invalid_union: `"${field}" must be text, or a list of paragraphs and { code: '...' } blocks: ${hint}` }) },
    )
    .transform((v) => toBlocks(v as RichTextInput));

const questionId = text('id', 'a short name for the question\'s link, e.g. "q-json-format"', {
  invalid_format: '"id" may use only lowercase letters, digits and single hyphens, starting with a letter, e.g. "q-json-format"',
}).regex(ID);

const choiceSchema = strict('choices[]', {
  text: text('text', 'the answer the learner can pick'),
  correct: z.boolean({ error: fieldErrors('correct') }).default(false),
  explanation: richText('explanation', 'why this choice is right or wrong').optional(),
});

const choiceQuestionSchema = strict('questions[]', {
  id: questionId,
  kind: z.enum(['single', 'multiple']),
  prompt: text('prompt', 'the question the learner answers'),
  choices: list('choices', choiceSchema, '{ text, correct, explanation }').min(2, { error: '"choices" needs at least two choices to pick from' }),
  explanation: richText('explanation', 'the overall explanation shown with the answer'),
  modelAnswer: richText('modelAnswer', 'the reasoning to compare with, shown with the answer').optional(),
}).superRefine((q, ctx) => {
  const right = q.choices.filter((c) => c.correct).map((c) => `"${plainText(c.text)}"`);
  if (right.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: 'no choice is marked correct: add correct: true to the right answer' });
  } else if (q.kind === 'single' && right.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: `a single-choice question has ${right.length} correct choices (${right.join(', ')}): mark only one, or use kind: 'multiple'`,
    });
  }
});

const openQuestionSchema = strict('questions[]', {
  id: questionId,
  kind: z.literal('open'),
  prompt: text('prompt', 'the question the learner answers'),
  modelAnswer: richText('modelAnswer', 'the answer the learner compares theirs with'),
  explanation: richText('explanation', 'extra explanation shown with the model answer').optional(),
});

/** One question as authored in MDX: kind "single", "multiple" (with choices) or "open" (with a model answer). */
export const questionSchema = z.discriminatedUnion('kind', [choiceQuestionSchema, openQuestionSchema], {
  error: fieldErrors('questions[]', 'a question { id, kind, prompt, ... }', { invalid_union: `"kind" must be 'single', 'multiple' or 'open'` }),
});

/** A quiz or exercise: at least one question, each with its own id. */
export const quizSchema = z.object({
  id: text('id', 'a short name for the quiz, e.g. "quiz" or "exercise"', {
    invalid_format: 'the quiz "id" may use only lowercase letters, digits and single hyphens, e.g. "quiz" or "exercise"',
  }).regex(ID),
  questions: list('questions', questionSchema, 'questions: questions={[{ id, kind, prompt, ... }]}')
    .min(1, { error: '"questions" is empty: add at least one question' })
    .superRefine((questions, ctx) => {
      const seen = new Set<string>();
      questions.forEach((q, i) => {
        if (seen.has(q.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"id" "${q.id}" is used by another question: give each question its own id` });
        seen.add(q.id);
      });
    }),
});

/** A quiz after validation: questions in the shape the widgets use. */
export interface ParsedQuiz {
  id: string;
  questions: Question[];
}

/** A quiz an author must fix; the message names the lesson file, the quiz and the question. */
export class QuizContentError extends Error {
  override name = 'QuizContentError';
}

/** Where a quiz sits, so a message can name the file and the quiz. */
export interface QuizPlace {
  source: string;
  quizId: string;
}

/** Names one question for a message: its number and, when it has one, its id. */
export function describeQuestion(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' && raw.id !== '' ? ` ("${raw.id}")` : '';
  return `question ${index + 1}${id}`;
}

/** Validates the props of a <Quiz>; throws a QuizContentError listing every problem. */
export function parseQuiz(input: { id?: unknown; questions?: unknown }, place: QuizPlace): ParsedQuiz {
  const result = quizSchema.safeParse(input);
  if (result.success) return result.data as ParsedQuiz;
  const raw = Array.isArray(input.questions) ? (input.questions as unknown[]) : [];
  const lines = result.error.issues.map((issue) => {
    const [top, index, field, choice] = issue.path;
    let where = top === 'questions' && typeof index === 'number' ? `, ${describeQuestion(raw[index], index)}` : '';
    if (where && field === 'choices' && typeof choice === 'number') where += `, choice ${choice + 1}`;
    return `${place.source}: quiz "${place.quizId}"${where}: ${issue.message}`;
  });
  throw new QuizContentError([...new Set(lines)].join('\n'));
}
