import type { NumericSpec } from './numeric-answer.ts';

/**
 * A question as the quiz widget works with it: its kind, which choices are right, and the signature that ties saved
 * answers to its wording. Its text is rendered at build time into the island's slots, named by quizSlot.
 */
export type LiveQuestion = LiveChoiceQuestion | LiveOpenQuestion | LiveNumericQuestion | LiveOrderingQuestion;

/** What every live question has: its id, its signature and, when it has any, how many hints it offers. */
interface LiveBase {
  id: string;
  sig: string;
  /** How many <Hint>s the question has; left out when none. */
  hints?: number;
}

/** A single- or multiple-choice question: `right[i]` says whether choice i is a right answer. */
export interface LiveChoiceQuestion extends LiveBase {
  kind: 'single' | 'multiple';
  right: boolean[];
}

/** A question answered in the learner's own words and self-marked. */
export interface LiveOpenQuestion extends LiveBase {
  kind: 'open';
}

/** A question answered with a number: right within `tolerance` of `value` (absolute, in `unit`). */
export interface LiveNumericQuestion extends LiveBase, NumericSpec {
  kind: 'numeric';
}

/** Items to put back in the order the author wrote them; `start` is the fixed shuffled order they are shown in first. */
export interface LiveOrderingQuestion extends LiveBase {
  kind: 'ordering';
  start: number[];
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
  /** A numeric question's answer, as the page shows it: "$2,055.00". */
  answer: (q: number) => `q${q}a`,
  /** Item i of an ordering question, numbered as the author wrote it. */
  item: (q: number, i: number) => `q${q}i${i}`,
  hint: (q: number, h: number) => `q${q}h${h}`,
};

/** What a learner has done with one question; `sig` ties it to the question's wording. */
export interface QuestionState {
  sig: string;
  /** When it last changed (ms since 1970), stamped by the progress store; an import's merge keeps the newer answer. */
  at?: number;
  /** Indexes of the chosen choices. */
  selected: number[];
  /** Outcome of the last Check, or null when not checked since the last Try again. */
  result: 'right' | 'wrong' | null;
  /** Outcome of the first Check: Try again keeps it, and it is what the score counts. */
  first: 'right' | 'wrong' | null;
  /** Whether the answer panel is open. */
  revealed: boolean;
  /** Whether the answer was opened before any attempt: the question then counts as revealed, never as right. */
  peeked: boolean;
  /** The learner's typed answer or reasoning. */
  text: string;
  /** The learner's own verdict on an open answer. */
  mark: 'right' | 'wrong' | null;
  /** How many of the question's hints the learner has shown (none when left out). */
  hints?: number;
  /** An ordering question's items as the learner arranged them, top to bottom; left out, they stand as first shown. */
  order?: number[];
}

/** Where a question stands in the score: right or wrong at the first attempt, answer revealed first, or not answered. */
export type QuestionStatus = 'right' | 'wrong' | 'revealed' | 'unanswered';

/** A quiz's tally: how many questions stand where, how many there are, and how many of the right ones used a hint. */
export type Score = Record<QuestionStatus, number> & { total: number; hinted: number };

/** The state of a question nobody has touched; `sig` is the question's signature. */
export function emptyState(sig: string): QuestionState {
  return { sig, selected: [], result: null, first: null, revealed: false, peeked: false, text: '', mark: null };
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

/** Marks the current choice right or wrong, and records it as the first attempt if it is one; needs a choice. */
export function checkAnswer(q: LiveChoiceQuestion, s: QuestionState): QuestionState {
  if (s.selected.length === 0 || isLocked(s)) return s;
  return recordCheck(s, isRightSelection(q, s.selected));
}

/** Records a Check's outcome, and the first attempt if it is one. */
export function recordCheck(s: QuestionState, right: boolean): QuestionState {
  const result = right ? 'right' : 'wrong';
  return { ...s, result, first: s.first ?? result };
}

/** Whether the learner may show another hint: some are left, and the question is neither answered right nor revealed. */
export function canShowHint(q: LiveQuestion, s: QuestionState): boolean {
  return (s.hints ?? 0) < (q.hints ?? 0) && !s.revealed && s.result !== 'right' && s.mark === null;
}

/** Shows the next hint, when there is one to show. */
export function showHint(q: LiveQuestion, s: QuestionState): QuestionState {
  return canShowHint(q, s) ? { ...s, hints: (s.hints ?? 0) + 1 } : s;
}

/** Unlocks the choices and clears them, keeping the first attempt and what the learner typed. */
export function tryAgain(s: QuestionState): QuestionState {
  return { ...s, selected: [], result: null };
}

/** Whether the learner answered before seeing the answer: a Check for choice questions, typed text or a verdict for open ones. */
export function hasAttempt(q: LiveQuestion, s: QuestionState): boolean {
  return q.kind === 'open' ? s.text.trim() !== '' || s.mark !== null : s.first !== null;
}

/** Opens or folds the answer panel; opening it before any attempt marks the question as revealed for good (until Reset). */
export function setRevealed(q: LiveQuestion, s: QuestionState, revealed: boolean): QuestionState {
  if (s.revealed === revealed) return s;
  return { ...s, revealed, peeked: s.peeked || (revealed && !hasAttempt(q, s)) };
}

/** What the score makes of a choice question's Check when it differs from what the learner sees: empty when it does not. */
export function checkScoreNote(s: QuestionState): string {
  // With the answer open, the answer itself says so (PeekNote).
  if (s.peeked) return s.revealed ? '' : 'It counts as revealed in your score: you opened the answer first.';
  if (s.result === 'right' && s.first === 'wrong') return 'Your score keeps your first try, which was wrong.';
  return '';
}

/** Records the learner's verdict on their open answer; choosing the same verdict again clears it. */
export function setMark(s: QuestionState, mark: 'right' | 'wrong'): QuestionState {
  return { ...s, mark: s.mark === mark ? null : mark };
}

/** Where the question stands in the score: an answer opened first wins over anything done after it. */
export function questionStatus(q: LiveQuestion, s: QuestionState): QuestionStatus {
  if (s.peeked) return 'revealed';
  return (q.kind === 'open' ? s.mark : s.first) ?? 'unanswered';
}

/** Whether the learner answered the question themselves (the progress badges' "answered"); seeing the answer first is not answering. */
export function isAnswered(s: QuestionState): boolean {
  return !s.peeked && (s.first !== null || s.mark !== null);
}

/** Tallies a quiz from each question's state; a missing state counts as not answered. */
export function scoreQuiz(questions: LiveQuestion[], states: QuestionState[]): Score {
  const score: Score = { right: 0, wrong: 0, revealed: 0, unanswered: 0, total: questions.length, hinted: 0 };
  questions.forEach((q, i) => {
    const s = states[i];
    const status = s ? questionStatus(q, s) : 'unanswered';
    score[status]++;
    // Hints stop once a question is right (canShowHint), so a right question's hints were all seen before it was.
    if (status === 'right' && (s?.hints ?? 0) > 0) score.hinted++;
  });
  return score;
}

/** The sentence a learner reads (and hears) about their score: what counts, and where the other questions stand. */
export function describeScore(score: Score): string {
  const rest = [
    score.wrong > 0 && `${score.wrong} wrong`,
    score.revealed > 0 && `${score.revealed} revealed before answering`,
    score.unanswered > 0 && `${score.unanswered} not answered yet`,
  ].filter(Boolean);
  const hinted = score.hinted === 0 ? '' : ` (${score.hinted} with ${score.hinted === 1 ? 'a hint' : 'hints'})`;
  return [`${score.right} of ${score.total} right at the first try${hinted}`, ...rest].join(', ');
}

/** The chosen choices' indexes, in order: what the feedback after a Check talks about. */
export function feedbackFor(q: LiveChoiceQuestion, s: QuestionState): number[] {
  return s.selected.filter((i) => i < q.right.length);
}
