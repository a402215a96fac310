import { z } from 'astro/zod';
import type { Question } from '../build/quiz-island.ts';
import { LESSON_NUMBERS } from '../build/lesson-figures.ts';
import type { MarkupQuestion, MarkupQuiz } from '../build/quiz-source.ts';
import { AstroError } from 'astro/errors';
import type { NumericSpec } from '../lib/numeric-answer.ts';
import { fieldErrors } from './errors.ts';
import { text } from './fields.ts';

// A quiz as its author wrote it: <Quiz> attributes, and <Question>s in Markdown that src/build/quiz-source.ts has
// split into parts. Each rule's message says what to write; parseQuiz adds the file, the quiz and the question.

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const START = 'start <Question> with the question, as a sentence';
const QUESTION_ID_HINT = 'a short name for the question’s link, e.g. <Question id="q-json-format">';

/** A part of a question's Markdown: present (`missing` says what to write when it is not) and not empty. */
const part = (name: string, missing: string) =>
  z
    .object({ html: z.string(), text: z.string() }, { error: (i) => (i.input === undefined ? `has no ${name}: ${missing}` : undefined) })
    .refine((r) => r.text !== '' || /<(img|pre)\b/.test(r.html), { error: `its ${name} is empty: ${missing}` });

const choiceSchema = z.object({
  label: part('text', 'write the answer right after [ ] or [x], e.g. "- [x] Fine-tuning"'),
  correct: z.boolean(),
  why: part('explanation', 'write why on the indented lines under the choice').optional(),
});

const questionProps = z.strictObject(
  {
    id: text('id', QUESTION_ID_HINT, {
      invalid_format: '"id" may use only lowercase letters, digits and single hyphens, starting with a letter, e.g. "q-json-format"',
    }).regex(ID),
    multiple: z.literal(true, { error: 'write "multiple" on its own, with no value: <Question id="..." multiple>' }).optional(),
  },
  {
    error: fieldErrors('<Question>', undefined, {
      unrecognized_keys: (i) => `<Question> has no attribute ${names(i.keys)}: it takes id and multiple`,
    }),
  },
);

const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/;
const NUMERIC_HINT = 'write <NumericAnswer value="2055" tolerance="0.01" unit="USD" /> or take a named number: figure="monthly-saving-20k"';

/** A number attribute, written as {2055} or "2055". */
const numberAttr = (field: string, example: string) =>
  z
    .union([z.number(), z.string().trim().regex(NUMBER_TEXT).transform(Number)], {
      error: `<NumericAnswer> "${field}" must be a number, e.g. ${field}="${example}"`,
    })
    .refine(Number.isFinite, { error: `<NumericAnswer> "${field}" must be a finite number, e.g. ${field}="${example}"` });

const numericProps = z
  .strictObject(
    {
      value: numberAttr('value', '2055').optional(),
      figure: z.string({ error: `<NumericAnswer> "figure" must be text: the name of a number in src/build/lesson-figures.ts` }).optional(),
      tolerance: numberAttr('tolerance', '0.01')
        .refine((t) => t >= 0, {
          error:
            '<NumericAnswer> "tolerance" cannot be negative: write how far from the answer still counts as right, e.g. tolerance="0.01" (0 asks for the exact value)',
        })
        .optional(),
      unit: text('unit', 'what the number counts, e.g. unit="USD"', {
        invalid_type: '<NumericAnswer> "unit" must be text, e.g. unit="USD"',
      }).optional(),
    },
    {
      error: (i) =>
        i.code === 'unrecognized_keys'
          ? `<NumericAnswer> has no attribute ${names(i.keys)}: it takes value (or figure), tolerance and unit`
          : undefined,
    },
  )
  .superRefine((p, ctx) => {
    if ((p.value === undefined) === (p.figure === undefined)) {
      const both = p.value !== undefined;
      ctx.addIssue({
        code: 'custom',
        message: `<NumericAnswer> ${both ? 'has both "value" and "figure": keep one' : 'has no "value"'}: ${NUMERIC_HINT}`,
      });
    } else if (p.figure !== undefined && !(p.figure in LESSON_NUMBERS)) {
      const known = Object.keys(LESSON_NUMBERS)
        .map((n) => `"${n}"`)
        .join(', ');
      ctx.addIssue({
        code: 'custom',
        path: ['figure'],
        message: `<NumericAnswer> "figure": there is no number "${p.figure}" (known numbers: ${known})`,
      });
    }
  })
  .transform((p) => ({ value: p.value ?? LESSON_NUMBERS[p.figure!]!, tolerance: p.tolerance ?? 0, unit: p.unit }));

const itemSchema = part('item', 'write the item after its number, e.g. "1. Can prompting solve it?"');
const orderingSchema = z
  .array(itemSchema)
  .min(2, { error: 'has an <Ordering> with fewer than 2 items: list at least two, as "1. ..." and "2. ...", in the right order' })
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (typeof item?.text !== 'string' || item.text === '') return;
      if (seen.has(item.text))
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `"${item.text}" is in <Ordering> twice: each item must differ, or its place is ambiguous`,
        });
      seen.add(item.text);
    });
  });

/** One <Question>: choices, an open <ModelAnswer>, a <NumericAnswer> or an <Ordering>, with any number of <Hint>s. */
export const questionSchema = z
  .object({
    props: questionProps,
    prompt: part('question', START).optional(),
    context: part('text under the question', 'remove the empty block').optional(),
    choices: z
      .array(choiceSchema)
      .min(2, { error: 'has only one choice: give the learner at least two to pick from, each on a "- [ ]" or "- [x]" line' })
      .optional(),
    explanation: part('explanation', 'write it after the choices').optional(),
    modelAnswer: part('model answer', 'write it between <ModelAnswer> and </ModelAnswer>').optional(),
    modelAnswerProps: z.strictObject({}, { error: '<ModelAnswer> takes no attributes: write the answer between its tags' }).optional(),
    numeric: numericProps.optional(),
    ordering: orderingSchema.optional(),
    hints: z.array(part('hint', 'write the hint between <Hint> and </Hint>')),
    // Misfits the reader found; reported here, so they are listed even when a part is also wrong.
    problems: z.array(z.string()).superRefine((problems, ctx) => problems.forEach((message) => ctx.addIssue({ code: 'custom', message }))),
  })
  .superRefine((q, ctx) => {
    // A question that starts with code has no prompt, and its problem already says what to write first.
    if (!q.prompt && q.problems.length === 0) ctx.addIssue({ code: 'custom', message: `has no question: ${START}` });
    const kinds = [q.choices && 'choices', q.numeric && 'a <NumericAnswer>', q.ordering && 'an <Ordering>'].filter(Boolean);
    if (kinds.length > 1) ctx.addIssue({ code: 'custom', message: `has ${kinds.join(' and ')}: a question is of one kind, so keep one` });
    if (q.numeric || q.ordering) {
      const what = q.numeric ? '<NumericAnswer>' : '<Ordering>';
      if (q.modelAnswer)
        ctx.addIssue({
          code: 'custom',
          message: `has a ${what} and a <ModelAnswer>: the ${what} is the answer, so write the working as the explanation after it`,
        });
      if (q.props.multiple) ctx.addIssue({ code: 'custom', message: `"multiple" is for choices: remove it from a question with a ${what}` });
      if (!q.explanation) ctx.addIssue({ code: 'custom', message: `has no explanation: after the ${what}, write how the answer is found` });
      return;
    }
    if (!q.choices) {
      if (!q.modelAnswer && q.problems.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message:
            'has no choices and no <ModelAnswer>: list the choices as "- [ ]" and "- [x]" lines, write a <ModelAnswer> to compare with, or a <NumericAnswer> or an <Ordering>',
        });
      }
      if (q.props.multiple)
        ctx.addIssue({ code: 'custom', message: '"multiple" needs choices to pick from: list them as "- [ ]" and "- [x]" lines' });
      return;
    }
    const right = q.choices.filter((c) => c.correct).map((c) => `"${c.label.text}"`);
    if (right.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'no choice is marked right: write [x] before the right answer' });
    } else if (!q.props.multiple && right.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `a single-choice question has ${right.length} right choices (${right.join(', ')}): mark only one with [x], or write <Question id="${q.props.id}" multiple>`,
      });
    }
    if (!q.explanation) {
      ctx.addIssue({ code: 'custom', message: 'has no explanation: after the choices, write why the right answer is right' });
    }
  })
  .transform((q) => toQuestion(q as ValidQuestion));

type ValidQuestion = Omit<MarkupQuestion, 'props' | 'numeric'> & {
  props: { id: string; multiple?: true | undefined };
  numeric?: NumericSpec | undefined;
};

function toQuestion(q: ValidQuestion): Question {
  const base = { id: q.props.id, prompt: q.prompt!, context: q.context, hints: q.hints };
  if (q.numeric) return { ...base, kind: 'numeric', ...q.numeric, explanation: q.explanation! };
  if (q.ordering) return { ...base, kind: 'ordering', items: q.ordering, explanation: q.explanation! };
  if (!q.choices) return { ...base, kind: 'open', modelAnswer: q.modelAnswer!, explanation: q.explanation };
  return { ...base, kind: q.props.multiple ? 'multiple' : 'single', choices: q.choices, explanation: q.explanation!, modelAnswer: q.modelAnswer };
}

/** A quiz or exercise: its attributes and at least one question, each with its own id. */
export const quizSchema = z.object({
  props: z.strictObject(
    {
      id: text('id', 'a short name for the quiz, e.g. <Quiz id="quiz">', {
        invalid_format: 'the quiz "id" may use only lowercase letters, digits and single hyphens, e.g. "quiz" or "exercise"',
      }).regex(ID),
      label: text('label', 'the quiz’s name, e.g. label="Quick quiz"').optional(),
      numberLabel: text('numberLabel', 'the word before each number, e.g. numberLabel="Scenario"').optional(),
    },
    {
      error: fieldErrors('<Quiz>', undefined, {
        unrecognized_keys: (i) =>
          i.keys.includes('questions')
            ? 'the "questions" attribute is gone: write each question as a <Question> block inside <Quiz> (src/components/quiz/README.md)'
            : `<Quiz> has no attribute ${names(i.keys)}: it takes id, label and numberLabel`,
      }),
    },
  ),
  stray: z
    .array(z.string())
    .max(0, { error: (i) => `has ${(i.input as string[])[0]} outside any <Question>: move it into a <Question>, or out of the <Quiz>` }),
  questions: z
    .array(questionSchema)
    .min(1, { error: 'has no <Question>: write at least one inside <Quiz>' })
    .superRefine((questions, ctx) => {
      const seen = new Set<string>();
      questions.forEach((q, i) => {
        // zod runs this on the valid questions and, as written, the others: only a validated question has an id here.
        if (typeof q.id !== 'string') return;
        if (seen.has(q.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"id" "${q.id}" is used by another question: give each question its own id` });
        seen.add(q.id);
      });
    }),
});

/** Where an author reads how quizzes are written. */
const QUIZ_HINT = 'Every way to write a question, and each mistake the build refuses, is in src/components/quiz/README.md.';

const names = (keys: readonly PropertyKey[]) => keys.map((k) => `"${String(k)}"`).join(', ');

/** A quiz after validation: its id and its questions in the shape the widget uses. */
export interface ParsedQuiz {
  id: string;
  questions: Question[];
}

/** Names one question for a message: its number and, when it has one, its id. */
export function describeQuestion(props: unknown, index: number): string {
  const id =
    typeof props === 'object' && props !== null && 'id' in props && typeof props.id === 'string' && props.id !== '' ? ` ("${props.id}")` : '';
  return `question ${index + 1}${id}`;
}

/** Validates a <Quiz>'s attributes and Markdown; throws an AstroError listing every problem, each with its place. */
export function parseQuiz(props: Record<string, unknown>, markup: MarkupQuiz, source: string): ParsedQuiz {
  const result = quizSchema.safeParse({ props, stray: markup.stray, questions: markup.questions });
  if (result.success) return { id: result.data.props.id, questions: result.data.questions };
  const quizId = typeof props['id'] === 'string' ? props['id'] : '?';
  const lines = result.error.issues.map((issue) => {
    const [top, index, field, choice] = issue.path;
    let where = '';
    if (top === 'questions' && typeof index === 'number') {
      where = `, ${describeQuestion(markup.questions[index]?.props, index)}`;
      const named = { choices: 'choice', ordering: 'item', hints: 'hint' }[String(field)];
      if (named && typeof choice === 'number') where += `, ${named} ${choice + 1}`;
    }
    return `${source}: quiz "${quizId}"${where}: ${issue.message}`;
  });
  throw new AstroError([...new Set(lines)].join('\n'), QUIZ_HINT);
}
