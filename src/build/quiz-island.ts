import { quizSlot, type LiveQuestion } from '../lib/quiz-model.ts';
import type { RichText } from './rich-text.ts';

/** One answer a learner can pick, as authored, with why it is right or wrong. */
export interface Choice {
  text: string;
  correct: boolean;
  explanation?: RichText | undefined;
}

/** A single- or multiple-choice question as authored; a modelAnswer adds a box for the learner's reasoning. */
export interface ChoiceQuestion {
  kind: 'single' | 'multiple';
  id: string;
  prompt: string;
  choices: Choice[];
  explanation: RichText;
  modelAnswer?: RichText | undefined;
}

/** A question the learner answers in their own words, then compares with a model answer, as authored. */
export interface OpenQuestion {
  kind: 'open';
  id: string;
  prompt: string;
  modelAnswer: RichText;
  explanation?: RichText | undefined;
}

/** Any question in a quiz or exercise, as the quiz schema validated it. */
export type Question = ChoiceQuestion | OpenQuestion;

/** One piece of a quiz's text, rendered at build time into the island slot `name`: one line, or blocks. */
export type QuizPiece = { name: string; line: string } | { name: string; blocks: RichText };

/** A short, stable fingerprint of what a question asks and accepts: stored answers to a reworded question are dropped. */
export function questionSignature(q: Question): string {
  const parts = q.kind === 'open' ? [q.kind, q.prompt] : [q.kind, q.prompt, ...q.choices.map((c) => `${c.correct ? '+' : '-'}${c.text}`)];
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
    const pieces: (QuizPiece | undefined)[] = [
      { name: quizSlot.prompt(n), line: q.prompt },
      ...(q.kind === 'open'
        ? []
        : q.choices.flatMap((c, i) => [{ name: quizSlot.choice(n, i), line: c.text }, blocks(quizSlot.why(n, i), c.explanation)])),
      blocks(quizSlot.explanation(n), q.explanation),
      blocks(quizSlot.model(n), q.modelAnswer),
    ];
    return pieces.filter((p) => p !== undefined);
  });
}

const blocks = (name: string, text: RichText | undefined): QuizPiece | undefined => (text ? { name, blocks: text } : undefined);
