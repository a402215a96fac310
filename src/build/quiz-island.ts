import { quizSlot, type LiveQuestion } from '../lib/quiz-model.ts';
import type { Rendered } from './quiz-markup.ts';

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

/** Any question in a quiz or exercise, as the quiz schema validated it. */
export type Question = ChoiceQuestion | OpenQuestion;

/** One piece of a quiz's text, rendered at build time into the island slot `name`. */
export interface QuizPiece {
  name: string;
  html: string;
}

/** A short, stable fingerprint of what a question asks and accepts: stored answers to a reworded question are dropped. */
export function questionSignature(q: Question): string {
  const prompt = q.prompt.text;
  const parts = q.kind === 'open' ? [q.kind, prompt] : [q.kind, prompt, ...q.choices.map((c) => `${c.correct ? '+' : '-'}${c.label.text}`)];
  let hash = 5381;
  for (const ch of parts.join('\u0000')) hash = ((hash * 33) ^ ch.codePointAt(0)!) >>> 0;
  return hash.toString(36);
}

/** A question as the island gets it: its structure and signature; its text goes into slots. */
export function liveQuestion(q: Question): LiveQuestion {
  const sig = questionSignature(q);
  return q.kind === 'open' ? { kind: q.kind, id: q.id, sig } : { kind: q.kind, id: q.id, sig, right: q.choices.map((c) => c.correct) };
}

/**
 * The text of a quiz's questions as pieces named by quizSlot, rendered once at build time into the island's slots: the
 * page carries the text once, as HTML, and the island's props only its structure. A part a question lacks has no slot.
 */
export function quizPieces(questions: readonly Question[]): QuizPiece[] {
  return questions.flatMap((q, n) => {
    const pieces: [string, Rendered | undefined][] = [
      [quizSlot.prompt(n), q.prompt],
      [quizSlot.context(n), q.context],
      ...(q.kind === 'open'
        ? []
        : q.choices.flatMap((c, i): [string, Rendered | undefined][] => [
            [quizSlot.choice(n, i), c.label],
            [quizSlot.why(n, i), c.why],
          ])),
      [quizSlot.explanation(n), q.explanation],
      [quizSlot.model(n), q.modelAnswer],
    ];
    return pieces.flatMap(([name, text]) => (text ? [{ name, html: text.html }] : []));
  });
}
