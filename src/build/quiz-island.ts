import { formatCount, formatUSD } from '../lib/format.ts';
import type { NumericSpec } from '../lib/numeric-answer.ts';
import { shuffledOrder } from '../lib/ordering.ts';
import { quizSlot, type LiveQuestion } from '../lib/quiz-model.ts';
import type { Rendered } from './quiz-source.ts';

/** One answer a learner can pick, as authored, with why it is right or wrong. */
export interface Choice {
  label: Rendered;
  correct: boolean;
  why?: Rendered | undefined;
}

/** The parts every question has: its id, the question itself, and what it shows under it. */
interface QuestionBase {
  id: string;
  prompt: Rendered;
  context?: Rendered | undefined;
  /** Each <Hint>, shown one at a time on request. */
  hints: Rendered[];
}

/** A single- or multiple-choice question as authored; a model answer adds a box for the learner's reasoning. */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'single' | 'multiple';
  choices: Choice[];
  explanation: Rendered;
  modelAnswer?: Rendered | undefined;
}

/** A question the learner answers in their own words, then compares with a model answer, as authored. */
export interface OpenQuestion extends QuestionBase {
  kind: 'open';
  modelAnswer: Rendered;
  explanation?: Rendered | undefined;
}

/** A question answered with a number, right within an absolute tolerance in its unit, as authored. */
export interface NumericQuestion extends QuestionBase, NumericSpec {
  kind: 'numeric';
  explanation: Rendered;
}

/** Items the learner puts in order; `items` are in the right order, as the author wrote them. */
export interface OrderingQuestion extends QuestionBase {
  kind: 'ordering';
  items: Rendered[];
  explanation: Rendered;
}

/** Any question in a quiz or exercise, as the quiz schema validated it. */
export type Question = ChoiceQuestion | OpenQuestion | NumericQuestion | OrderingQuestion;

/** A short, stable fingerprint of what a question asks and accepts: stored answers to a reworded question are dropped. */
export function questionSignature(q: Question): string {
  const prompt = q.prompt.text;
  const parts = [q.kind, prompt, ...accepted(q)];
  let hash = 5381;
  for (const ch of parts.join('\u0000')) hash = ((hash * 33) ^ ch.codePointAt(0)!) >>> 0;
  return hash.toString(36);
}

// What a question accepts as right: rewording or re-marking it drops answers saved against the old version.
function accepted(q: Question): string[] {
  if (q.kind === 'open') return [];
  if (q.kind === 'numeric') return [String(q.value), String(q.tolerance), q.unit ?? ''];
  if (q.kind === 'ordering') return q.items.map((item) => item.text);
  return q.choices.map((c) => `${c.correct ? '+' : '-'}${c.label.text}`);
}

/** A question as the island gets it: its structure and signature; its text goes into slots. */
export function liveQuestion(q: Question): LiveQuestion {
  // Only a question with hints says how many, so the props of the others stay as they were.
  const base = { id: q.id, sig: questionSignature(q), ...(q.hints.length > 0 && { hints: q.hints.length }) };
  if (q.kind === 'open') return { kind: q.kind, ...base };
  if (q.kind === 'numeric') return { kind: q.kind, ...base, value: q.value, tolerance: q.tolerance, ...(q.unit && { unit: q.unit }) };
  if (q.kind === 'ordering') return { kind: q.kind, ...base, start: shuffledOrder(q.items.length, q.id) };
  return { kind: q.kind, ...base, right: q.choices.map((c) => c.correct) };
}

/** A numeric question's answer as the page shows it: "$2,055.00 (anything within $0.01 counts as right)". */
export function numericAnswerText(q: NumericSpec): string {
  const show = (n: number) => (q.unit === 'USD' ? formatUSD(n) : `${formatCount(n)}${q.unit ? ` ${q.unit}` : ''}`);
  return q.tolerance > 0 ? `${show(q.value)} (anything within ${show(q.tolerance)} counts as right)` : show(q.value);
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The text of question `q`, the `n`th of its quiz, as HTML by island slot name (quizSlot); a part it lacks has no slot.
 * Rendered once at build time: the page carries the text once, as HTML, and the island's props only its structure.
 */
export function questionSlots(q: Question, n: number): Record<string, string> {
  const pieces: [string, Rendered | undefined][] = [
    [quizSlot.prompt(n), q.prompt],
    [quizSlot.context(n), q.context],
    ...(q.kind === 'single' || q.kind === 'multiple'
      ? q.choices.flatMap((c, i): [string, Rendered | undefined][] => [
          [quizSlot.choice(n, i), c.label],
          [quizSlot.why(n, i), c.why],
        ])
      : []),
    ...(q.kind === 'ordering' ? q.items.map((item, i): [string, Rendered] => [quizSlot.item(n, i), item]) : []),
    ...(q.kind === 'numeric' ? [[quizSlot.answer(n), { html: escapeHtml(numericAnswerText(q)), text: '' }] as [string, Rendered]] : []),
    ...q.hints.map((hint, h): [string, Rendered] => [quizSlot.hint(n, h), hint]),
    [quizSlot.explanation(n), q.explanation],
    [quizSlot.model(n), 'modelAnswer' in q ? q.modelAnswer : undefined],
  ];
  return Object.fromEntries(pieces.flatMap(([name, text]) => (text ? [[name, text.html]] : [])));
}
