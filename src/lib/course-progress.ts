import { withLesson, type Progress } from './progress-format.ts';
import { isAnswered, type QuestionState } from './quiz-model.ts';

/** Where a lesson or chapter stands for the learner. */
export type CourseState = 'not-started' | 'in-progress' | 'done';

/** A lesson's tally: what counts is said apart, so "right first time" is never confused with "answered". */
export interface LessonTally {
  state: CourseState;
  /** Right at the first try (for an open question: marked right by the learner), answer not opened first. */
  rightFirst: number;
  /** Answered by the learner, right or wrong; revealed questions are not answered. */
  answered: number;
  /** Answer opened before any attempt. */
  revealed: number;
  /** Questions the lesson has, counted at build time, so it is known before the lesson is opened. */
  total: number;
  /** When the lesson was marked done, or null. */
  done: string | null;
  /** When the lesson was last opened, or null. */
  visited: string | null;
}

/**
 * How a lesson stands: its questions right first time, answered and revealed of `total`, its done mark and last visit.
 * A total that is not a whole number (read from a page's data attribute) counts as none.
 */
export function lessonTally(progress: Progress, path: string, pageTotal: number): LessonTally {
  const total = Number.isInteger(pageTotal) && pageTotal >= 0 ? pageTotal : 0;
  const entry = progress.lessons[path];
  // Answers to a reworded question leave storage when its lesson's quiz next loads (withoutStale); counts stop at the total.
  const answers = Object.values(entry?.answers ?? {});
  const count = (test: (s: QuestionState) => boolean) => Math.min(answers.filter(test).length, total);
  const answered = count(isAnswered);
  const done = entry?.done ?? null;
  const visited = entry?.visited ?? null;
  const started = visited !== null || answers.some((s) => isAnswered(s) || s.peeked);
  return {
    state: done ? 'done' : started ? 'in-progress' : 'not-started',
    rightFirst: count((s) => !s.peeked && (s.first ?? s.mark) === 'right'),
    answered,
    revealed: count((s) => s.peeked),
    total,
    done,
    visited,
  };
}

/** A chapter's tally from its lessons': done when every lesson is, not started when none is, else in progress. */
export function chapterTally(lessons: readonly LessonTally[]): Omit<LessonTally, 'done' | 'visited'> & { doneLessons: number } {
  const sum = (key: 'rightFirst' | 'answered' | 'revealed' | 'total') => lessons.reduce((n, l) => n + l[key], 0);
  const doneLessons = lessons.filter((l) => l.state === 'done').length;
  const state: CourseState =
    lessons.length > 0 && doneLessons === lessons.length ? 'done' : lessons.every((l) => l.state === 'not-started') ? 'not-started' : 'in-progress';
  return { state, rightFirst: sum('rightFirst'), answered: sum('answered'), revealed: sum('revealed'), total: sum('total'), doneLessons };
}

/** The state in words: "Not started", "In progress", "Done". */
export function describeState(state: CourseState): string {
  return state === 'done' ? 'Done' : state === 'in-progress' ? 'In progress' : 'Not started';
}

/** The short score a badge shows: "2 right first time · 3 of 6 answered · 1 revealed"; a lesson with no questions says so. */
export function describeTally(t: Pick<LessonTally, 'rightFirst' | 'answered' | 'revealed' | 'total'>): string {
  if (t.total === 0) return 'No questions';
  const parts = [`${t.rightFirst} right first time`, `${t.answered} of ${t.total} answered`];
  if (t.revealed > 0) parts.push(`${t.revealed} revealed`);
  return parts.join(' · ');
}

/** What a lesson's badge in the sidebar and on the home page says, or '' when there is nothing to say yet. */
export function badgeText(t: LessonTally): string {
  if (t.state === 'done') return t.total === 0 ? 'Done' : `Done · ${describeTally(t)}`;
  return t.answered > 0 || t.revealed > 0 ? describeTally(t) : '';
}

/** Whether every question of a lesson has been answered or revealed, so the page offers to mark it done. */
export function allAnswered(t: LessonTally): boolean {
  return t.total > 0 && t.answered + t.revealed >= t.total;
}

/** Progress with a lesson marked done at `now`, or the mark taken away: the button toggles. */
export function withDone(progress: Progress, lesson: string, done: boolean, now: Date): Progress {
  return withLesson(progress, lesson, (entry) => ({ ...entry, done: done ? now.toISOString() : null }));
}

const SECTION = /^[A-Za-z0-9_-]{0,100}$/;

/** Progress that remembers the learner is reading `section` ('' for the top) of `lesson` at `now`. */
export function withVisit(progress: Progress, lesson: string, section: string, now: Date): Progress {
  const at = now.toISOString();
  const visited = withLesson(progress, lesson, (entry) => ({ ...entry, visited: at }));
  return { ...visited, position: { lesson, section: SECTION.test(section) ? section : '', at } };
}
