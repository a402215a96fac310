import { isOrderOf } from './ordering.ts';
import { emptyState, type LiveQuestion, type QuestionState } from './quiz-model.ts';

// The stored format and the changes the widgets make to it. Reading stored or imported data (upgrading older versions,
// keeping only what is well formed) is in progress-parse.ts, with zod: a page loads it only when there is data to read.

/** The version of the stored and exported progress format this code reads and writes. */
export const PROGRESS_VERSION = 4;
/** Typed answers are cut to this many characters, so one runaway paste cannot fill the storage quota. */
export const MAX_TEXT = 10_000;

/** Where a missed question stands in review (src/lib/review-schedule.ts): its Leitner box and the local day it is due. */
export interface ReviewCard {
  /** 1 to 5: each right answer in review moves it up one, a wrong one back to 1. */
  box: number;
  /** The learner's local calendar day it is due, as YYYY-MM-DD. */
  due: string;
}

/** One lesson's progress: the answers, review cards, done mark and visit. */
export interface LessonProgress {
  answers: Record<string, QuestionState>;
  /** Questions to review, by id; kept apart from the answers so the two change independently. */
  review: Record<string, ReviewCard>;
  /** When the learner marked the lesson done (an ISO time), or null. */
  done: string | null;
  /** When the learner last opened the lesson (an ISO time), or null. */
  visited: string | null;
}

/** The last place read: a lesson path, a section id ('' for the top) and when (an ISO time). */
export interface Position {
  lesson: string;
  section: string;
  at: string;
}

/** Everything the learner has done, per lesson path (without the deploy base), and where they last read. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  position: Position | null;
}

/** Nothing done yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, position: null };
}

/** The text kept in storage. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** A question's saved state, or a fresh one when nothing is saved or the question has been reworded since. */
export function questionState(progress: Progress, lesson: string, q: LiveQuestion): QuestionState {
  const saved = progress.lessons[lesson]?.answers[q.id];
  const fresh = emptyState(q.sig);
  if (!saved || saved.sig !== fresh.sig) return fresh;
  const { hints, order, ...rest } = saved;
  const selected = saved.selected.filter((i) => i < ('right' in q ? q.right.length : 0));
  const state: QuestionState = { ...rest, selected };
  const shown = Math.min(hints ?? 0, q.hints ?? 0);
  if (shown > 0) state.hints = shown;
  if (q.kind === 'ordering' && isOrderOf(order, q.start.length)) state.order = order;
  // What a Check was made on must still be there: a choice, the typed number, an order; an open question has none.
  const checked = { single: selected.length > 0, multiple: selected.length > 0, numeric: saved.text.trim() !== '', ordering: true, open: false };
  if (!checked[q.kind]) state.result = null;
  return state;
}

/** A lesson's progress, or an empty one for a lesson never opened. */
export function lessonOf(progress: Progress, lesson: string): LessonProgress {
  return progress.lessons[lesson] ?? { answers: {}, review: {}, done: null, visited: null };
}

/** Progress with one lesson's entry changed by `change`. */
export function withLesson(progress: Progress, lesson: string, change: (entry: LessonProgress) => LessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [lesson]: change(lessonOf(progress, lesson)) } };
}

/** Progress with one question's state replaced. */
export function withQuestionState(progress: Progress, lesson: string, id: string, state: QuestionState): Progress {
  return withAnswers(progress, lesson, { [id]: state });
}

/** The saved answers to the given questions of a lesson, e.g. to bring them back after Reset. */
export function answersOf(progress: Progress, lesson: string, ids: string[]): Record<string, QuestionState> {
  return pick(lessonOf(progress, lesson).answers, (id) => ids.includes(id));
}

/** Progress with the given answers put back into a lesson, as by Undo after Reset. */
export function withAnswers(progress: Progress, lesson: string, answers: Record<string, QuestionState>): Progress {
  return withLesson(progress, lesson, (entry) => ({ ...entry, answers: { ...entry.answers, ...answers } }));
}

/** Progress with the given questions of a lesson forgotten, as after Reset. */
export function withoutAnswers(progress: Progress, lesson: string, ids: string[]): Progress {
  return withLesson(progress, lesson, (entry) => ({ ...entry, answers: pick(entry.answers, (id) => !ids.includes(id)) }));
}

/** Progress without the answers (and review cards) saved against an older wording of these questions of a lesson. */
export function withoutStale(progress: Progress, lesson: string, questions: readonly LiveQuestion[]): Progress {
  const answers = progress.lessons[lesson]?.answers ?? {};
  const stale = questions.filter((q) => answers[q.id] && answers[q.id]!.sig !== q.sig).map((q) => q.id);
  if (stale.length === 0) return progress;
  const keep = (id: string) => !stale.includes(id);
  return withLesson(progress, lesson, (entry) => ({ ...entry, answers: pick(entry.answers, keep), review: pick(entry.review, keep) }));
}

/** The entries of `map` whose id passes `keep`. */
export function pick<T>(map: Record<string, T>, keep: (id: string) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(map).filter(([id]) => keep(id)));
}
