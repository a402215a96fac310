/**
 * A question as the quiz widget works with it: its kind, which choices are right, and the signature that ties saved
 * answers to its wording. Its text is rendered at build time into the island's slots, named by quizSlot.
 */
export type LiveQuestion = LiveChoiceQuestion | { kind: 'open'; id: string; sig: string };

/** A single- or multiple-choice question: `right[i]` says whether choice i is a right answer. */
export interface LiveChoiceQuestion {
  kind: 'single' | 'multiple';
  id: string;
  sig: string;
  right: boolean[];
}

/** The island slot that holds one part of the text of question `q` (its 0-based place in the quiz). */
export const quizSlot = {
  prompt: (q: number) => `q${q}p`,
  /** What the question shows under its first paragraph: a code block, a list. */
  context: (q: number) => `q${q}b`,
  choice: (q: number, c: number) => `q${q}c${c}`,
  /** Why choice c is right or wrong. */
  why: (q: number, c: number) => `q${q}w${c}`,
  explanation: (q: number) => `q${q}x`,
  model: (q: number) => `q${q}m`,
};

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

/** The state of a question nobody has touched; `sig` is the question's signature. */
export function emptyState(sig: string): QuestionState {
  return { sig, selected: [], result: null, revealed: false, text: '', mark: null };
}

/** Choices are locked once checked, until Try again. */
export function isLocked(s: QuestionState): boolean {
  return s.result !== null;
}

/** Picks (or, for multiple choice, toggles) a choice; ignored while the question is locked. */
export function selectChoice(q: LiveChoiceQuestion, s: QuestionState, index: number, on: boolean): QuestionState {
  if (isLocked(s) || index < 0 || index >= q.right.length) return s;
  if (q.kind === 'single') return on ? { ...s, selected: [index] } : s;
  const rest = s.selected.filter((i) => i !== index);
  return { ...s, selected: on ? [...rest, index].sort((a, b) => a - b) : rest };
}

/** True when the chosen set is exactly the set of correct choices. */
export function isRightSelection(q: LiveChoiceQuestion, selected: number[]): boolean {
  const right = q.right.flatMap((r, i) => (r ? [i] : []));
  return right.length === selected.length && right.every((i) => selected.includes(i));
}

/** Marks the current choice right or wrong; nothing happens when no choice is made. */
export function checkAnswer(q: LiveChoiceQuestion, s: QuestionState): QuestionState {
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
export function isCorrect(q: LiveQuestion, s: QuestionState): boolean {
  return q.kind === 'open' ? s.mark === 'right' : s.result === 'right';
}

/** Tallies a quiz from each question's state. */
export function scoreQuiz(questions: LiveQuestion[], states: QuestionState[]): Score {
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

/** The chosen choices' indexes, in order: what the feedback after a Check talks about. */
export function feedbackFor(q: LiveChoiceQuestion, s: QuestionState): number[] {
  return s.selected.filter((i) => i < q.right.length);
}
