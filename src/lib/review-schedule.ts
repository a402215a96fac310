import { lessonOf, pick, withLesson, withQuestionState, type Progress, type ReviewCard } from './progress-format.ts';
import type { LiveQuestion, QuestionState } from './quiz-model.ts';

/**
 * Spaced review of the questions a learner missed, with Leitner boxes. A question is missed when its first try was
 * wrong, its answer was opened before answering, or the learner marked their own answer wrong. It then gets a card in
 * box 1, due the next day: the answer was on screen a moment ago, so the same day would test only short-term memory.
 * Boxes 1 to 5 wait 1, 2, 4, 8 and 16 days. A right answer in review moves the card up one box (box 5 stays at 16 days)
 * and due that many days from today; a wrong one, or opening the answer first, sends it back to box 1, due tomorrow.
 * Days are the learner's local calendar days, so "due today" follows their clock, and every function takes `now`.
 */
export const INTERVALS: readonly number[] = [1, 2, 4, 8, 16];

/** The number of boxes. */
export const BOXES = INTERVALS.length;

const pad = (n: number) => String(n).padStart(2, '0');

/** The learner's local calendar day at `now`, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** The calendar day `n` days after `day` (months, years and clock changes do not matter: only the date counts). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole calendar days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Whether a question counts as missed: wrong at the first try, answer opened first, or marked wrong by the learner. */
export function isMissed(s: QuestionState): boolean {
  return s.peeked || s.first === 'wrong' || s.mark === 'wrong';
}

/** The card of a question just missed, in a lesson or in review: box 1, due tomorrow. */
export function firstCard(now: Date): ReviewCard {
  return { box: 1, due: addDays(localDay(now), INTERVALS[0]!) };
}

/** The card after a review: up a box when right, back to the first when wrong; due counted from today. */
export function nextCard(card: ReviewCard, right: boolean, now: Date): ReviewCard {
  if (!right) return firstCard(now);
  const box = Math.min(card.box + 1, BOXES);
  return { box, due: addDays(localDay(now), INTERVALS[box - 1]!) };
}

/** Progress with a question's new state from its lesson; a question that has just become missed goes to review. */
export function withAnswer(progress: Progress, lesson: string, id: string, state: QuestionState, now: Date): Progress {
  const before = lessonOf(progress, lesson).answers[id];
  const next = withQuestionState(progress, lesson, id, state);
  if (!isMissed(state) || (before && isMissed(before))) return next;
  return withLesson(next, lesson, (entry) => ({ ...entry, review: { ...entry.review, [id]: firstCard(now) } }));
}

/** Progress after the learner answered a question in review, right or not. */
export function withReviewResult(progress: Progress, lesson: string, id: string, right: boolean, now: Date): Progress {
  return withLesson(progress, lesson, (entry) => {
    const card = entry.review[id] ?? { box: 1, due: localDay(now) };
    return { ...entry, review: { ...entry.review, [id]: nextCard(card, right, now) } };
  });
}

/** Progress without a question its lesson no longer has: its card and its answer go, so it never comes back to review. */
export function withoutQuestion(progress: Progress, lesson: string, id: string): Progress {
  const other = (k: string) => k !== id;
  return withLesson(progress, lesson, (entry) => ({ ...entry, review: pick(entry.review, other), answers: pick(entry.answers, other) }));
}

/** A question in review: its lesson path, id and card. */
export interface ReviewItem {
  lesson: string;
  id: string;
  card: ReviewCard;
}

/** What review holds today: the questions due (oldest first) and how many days until the next one after them. */
export interface ReviewQueue {
  due: ReviewItem[];
  /** Days from today to the next card not yet due, or undefined when there is none. */
  nextInDays: number | undefined;
}

/** Every card, plus missed answers saved before review existed (version 2 data), which count as due today. */
function allItems(progress: Progress, today: string): ReviewItem[] {
  return Object.entries(progress.lessons).flatMap(([lesson, entry]) =>
    Object.entries(entry.answers)
      .filter(([id, s]) => !entry.review[id] && isMissed(s))
      .map(([id]): ReviewItem => ({ lesson, id, card: { box: 1, due: today } }))
      .concat(Object.entries(entry.review).map(([id, card]) => ({ lesson, id, card }))),
  );
}

/** The questions due on the learner's local day at `now`, and when the next review comes after them. */
export function reviewQueue(progress: Progress, now: Date): ReviewQueue {
  const today = localDay(now);
  const items = allItems(progress, today);
  const due = items
    .filter((item) => daysBetween(today, item.card.due) <= 0)
    .sort((a, b) => a.card.due.localeCompare(b.card.due) || a.lesson.localeCompare(b.lesson) || a.id.localeCompare(b.id));
  const later = items.map((item) => daysBetween(today, item.card.due)).filter((d) => d > 0);
  return { due, nextInDays: later.length > 0 ? Math.min(...later) : undefined };
}

/** The words for when the next review is: "Next review tomorrow", "Next review in 3 days" or "Nothing to review". */
export function describeNext(days: number | undefined): string {
  if (days === undefined) return 'Nothing to review';
  if (days <= 0) return 'Next review today';
  return days === 1 ? 'Next review tomorrow' : `Next review in ${days} days`;
}

/** When one card is due, in words, as the review page says it after an answer: "Next review of this question in 4 days". */
export function describeCard(card: ReviewCard, now: Date): string {
  const days = daysBetween(localDay(now), card.due);
  return days <= 0 ? 'Due again today' : days === 1 ? 'Due again tomorrow' : `Due again in ${days} days`;
}

/** How a review attempt went: right or wrong once checked (an open answer once marked), wrong if the answer was opened first, undefined before. */
export function reviewVerdict(q: LiveQuestion, s: QuestionState): boolean | undefined {
  if (s.peeked) return false;
  const verdict = q.kind === 'open' ? s.mark : s.first;
  return verdict === null ? undefined : verdict === 'right';
}
