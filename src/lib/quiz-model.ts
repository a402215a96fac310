import type { RichText } from './rich-text.ts';

/** One answer a learner can pick, with why it is right or wrong. */
export interface Choice {
  text: string;
  correct: boolean;
  explanation?: RichText | undefined;
}

/** A single- or multiple-choice question; a modelAnswer adds a box for the learner's reasoning. */
export interface ChoiceQuestion {
  kind: 'single' | 'multiple';
  id: string;
  prompt: string;
  choices: Choice[];
  explanation: RichText;
  modelAnswer?: RichText | undefined;
}

/** A question the learner answers in their own words, then compares with a model answer. */
export interface OpenQuestion {
  kind: 'open';
  id: string;
  prompt: string;
  modelAnswer: RichText;
  explanation?: RichText | undefined;
}

/** Any question in a quiz or exercise. */
export type Question = ChoiceQuestion | OpenQuestion;

/** What a learner has done with one question; `sig` ties it to the question's wording. */
export interface QuestionState {
  sig: string;
  /** Indexes of the chosen choices. */
  selected: number[];
  /** Outcome of the last Check, or null when not checked since the last Try again. */
  result: 'right' | 'wrong' | null;
  /** Whether the answer panel is open. */
  revealed: boolean;
  /** The learner's typed answer or reasoning. */
  text: string;
  /** The learner's own verdict on an open answer. */
  mark: 'right' | 'wrong' | null;
}

/** A quiz's tally: questions answered correctly, questions attempted, and questions in all. */
export interface Score {
  correct: number;
  answered: number;
  total: number;
}

/** A short, stable fingerprint of what a question asks and accepts: stored answers to a reworded question are dropped. */
export function questionSignature(q: Question): string {
  const parts = q.kind === 'open' ? [q.kind, q.prompt] : [q.kind, q.prompt, ...q.choices.map((c) => `${c.correct ? '+' : '-'}${c.text}`)];
  let hash = 5381;
  for (const ch of parts.join('\u0000')) hash = ((hash * 33) ^ ch.codePointAt(0)!) >>> 0;
  return hash.toString(36);
}

/** The state of a question nobody has touched. */
export function emptyState(q: Question): QuestionState {
  return { sig: questionSignature(q), selected: [], result: null, revealed: false, text: '', mark: null };
}

/** Choices are locked once checked, until Try again. */
export function isLocked(s: QuestionState): boolean {
  return s.result !== null;
}

/** Picks (or, for multiple choice, toggles) a choice; ignored while the question is locked. */
export function selectChoice(q: ChoiceQuestion, s: QuestionState, index: number, on: boolean): QuestionState {
  if (isLocked(s) || index < 0 || index >= q.choices.length) return s;
  if (q.kind === 'single') return on ? { ...s, selected: [index] } : s;
  const rest = s.selected.filter((i) => i !== index);
  return { ...s, selected: on ? [...rest, index].sort((a, b) => a - b) : rest };
}

/** True when the chosen set is exactly the set of correct choices. */
export function isRightSelection(q: ChoiceQuestion, selected: number[]): boolean {
  const right = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
  return right.length === selected.length && right.every((i) => selected.includes(i));
}

/** Marks the current choice right or wrong; nothing happens when no choice is made. */
export function checkAnswer(q: ChoiceQuestion, s: QuestionState): QuestionState {
  if (s.selected.length === 0 || isLocked(s)) return s;
  return { ...s, result: isRightSelection(q, s.selected) ? 'right' : 'wrong' };
}

/** Unlocks the choices and clears them, keeping what the learner typed. */
export function tryAgain(s: QuestionState): QuestionState {
  return { ...s, selected: [], result: null };
}

/** Opens or folds the answer panel. */
export function setRevealed(s: QuestionState, revealed: boolean): QuestionState {
  return s.revealed === revealed ? s : { ...s, revealed };
}

/** Records the learner's verdict on their open answer; choosing the same verdict again clears it. */
export function setMark(s: QuestionState, mark: 'right' | 'wrong'): QuestionState {
  return { ...s, mark: s.mark === mark ? null : mark };
}

/** A learner has answered a question once they checked it, opened its answer or judged their own answer. */
export function isAnswered(s: QuestionState): boolean {
  return s.result !== null || s.revealed || s.mark !== null;
}

/** Right means a correct Check for choice questions, and the learner's own "right" for open ones. */
export function isCorrect(q: Question, s: QuestionState): boolean {
  return q.kind === 'open' ? s.mark === 'right' : s.result === 'right';
}

/** Tallies a quiz from each question's state. */
export function scoreQuiz(questions: Question[], states: QuestionState[]): Score {
  let correct = 0;
  let answered = 0;
  questions.forEach((q, i) => {
    const s = states[i];
    if (!s) return;
    if (isCorrect(q, s)) correct++;
    if (isAnswered(s)) answered++;
  });
  return { correct, answered, total: questions.length };
}

/** The sentence a learner reads (and hears) about their score. */
export function describeScore(score: Score): string {
  return `${score.correct} of ${score.total} correct, ${score.answered} of ${score.total} answered`;
}

/** The chosen choices with their indexes, in order: what the feedback after a Check talks about. */
export function feedbackFor(q: ChoiceQuestion, s: QuestionState): { choice: Choice; index: number }[] {
  return s.selected.flatMap((index) => {
    const choice = q.choices[index];
    return choice ? [{ choice, index }] : [];
  });
}
