import * as z from 'zod/mini';
import { isOrderOf } from './ordering.ts';
import { emptyState, type LiveQuestion, type QuestionState } from './quiz-model.ts';

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

/** A step that turns stored data of version n into version n + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

// Version 1 kept only the last Check (Try again erased the first) and did not know whether the answer was opened before
// an attempt. Its last Check stands in for the first; an answer opened with nothing checked, marked or typed was opened first.
const firstAttempts: Migration = (data) => {
  const upgradeAnswer = (a: unknown) => {
    if (!isRecord(a)) return a;
    const tried = a['result'] !== null && a['result'] !== undefined;
    const untouched = !tried && (a['mark'] ?? null) === null && (typeof a['text'] !== 'string' || a['text'].trim() === '');
    const chosen = Array.isArray(a['selected']) && a['selected'].length > 0;
    return { ...a, first: chosen ? (a['result'] ?? null) : null, peeked: a['revealed'] === true && untouched };
  };
  const upgradeLesson = (l: unknown) => (isRecord(l) && isRecord(l['answers']) ? { ...l, answers: mapValues(l['answers'], upgradeAnswer) } : l);
  return isRecord(data['lessons']) ? { ...data, lessons: mapValues(data['lessons'], upgradeLesson) } : data;
};

// Version 3 adds review cards, done marks and visits per lesson and the last position. Nothing older knew them, so each
// starts empty: answers missed under version 2 have no card and count as due at once (reviewQueue).
const courseFields: Migration = (data) => {
  const upgradeLesson = (l: unknown) => (isRecord(l) ? { ...l, review: {}, done: null, visited: null } : l);
  return { ...data, lessons: isRecord(data['lessons']) ? mapValues(data['lessons'], upgradeLesson) : data['lessons'], position: null };
};

// Version 3 kept a copy of each lesson's question list (id → signature) from the build. The course model knows it, so
// version 4 keeps only what the learner did.
const noManifest: Migration = (data) => {
  const upgradeLesson = (l: unknown) => (isRecord(l) ? Object.fromEntries(Object.entries(l).filter(([k]) => k !== 'manifest')) : l);
  return isRecord(data['lessons']) ? { ...data, lessons: mapValues(data['lessons'], upgradeLesson) } : data;
};

/** Migrations keyed by the version they upgrade from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: firstAttempts, 2: courseFields, 3: noManifest };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapValues(o: Record<string, unknown>, f: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

/** Nothing done yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, position: null };
}

const QUESTION_ID = /^[A-Za-z0-9_-]{1,100}$/;
const LESSON_KEY = /^\/[A-Za-z0-9_\-./%]{0,300}$/;

// Stored and imported data is untrusted: the schemas keep what is well formed and drop the rest, so one bad answer never
// costs the learner the others. zod/mini, as this runs in the browser; a fallback is a union with a transform, since
// z.catch would cost 4 KB more.
const orElse = <T extends z.ZodMiniType, F>(schema: T, fallback: () => F) => z.union([schema, z.transform(fallback)]);

/** A map whose entries with a bad key or value are dropped one by one; anything but an object reads as empty. */
const entries = <T extends z.ZodMiniType>(key: RegExp, value: T) => {
  const keep = ([k, v]: [string, unknown]) => {
    const parsed = z.safeParse(value, v);
    return key.test(k) && parsed.success ? [[k, parsed.data as z.output<T>] as const] : [];
  };
  const kept = z.transform((raw: Record<string, unknown>) => Object.fromEntries(Object.entries(raw).flatMap(keep)));
  return orElse(z.pipe(z.looseObject({}), kept), () => ({}));
};

// Code units, as before: zod's own length checks count code points.
const signature = z.string().check(z.refine((s) => s.length <= 20));
const verdict = orElse(z.enum(['right', 'wrong']), () => null);

const questionStateSchema = z.pipe(
  z.object({
    sig: signature,
    selected: orElse(z.array(orElse(z.number(), () => -1)), () => []),
    result: verdict,
    first: verdict,
    revealed: orElse(z.boolean(), () => false),
    peeked: orElse(z.boolean(), () => false),
    text: orElse(z.string().check(z.overwrite((t) => t.slice(0, MAX_TEXT))), () => ''),
    mark: verdict,
    // Added with numeric and ordering questions and hints: data without them reads as none shown and the first order.
    hints: z.optional(orElse(z.number().check(z.refine(Number.isInteger), z.gte(0), z.lte(100)), () => undefined)),
    // When the answer last changed: answers saved before it was kept have none, and count as older than any that has.
    at: z.optional(orElse(z.number().check(z.refine(Number.isSafeInteger), z.gte(0)), () => undefined)),
    order: z.optional(orElse(z.array(z.number()).check(z.refine((o) => o.length <= 100 && isOrderOf(o, o.length))), () => undefined)),
  }),
  z.transform((raw): QuestionState => {
    const { hints, order, at, ...rest } = raw;
    const selected = [...new Set(raw.selected.filter((i) => Number.isInteger(i) && i >= 0 && i < 100))].sort((a, b) => a - b);
    // A Check needs something checked: a choice, a typed number or an order (questionState knows which one counts).
    const result = selected.length === 0 && raw.text.trim() === '' && !order ? null : raw.result;
    // A Check is always a first attempt or comes after one.
    const state: QuestionState = { ...rest, selected, result, first: raw.first ?? result };
    if (hints) state.hints = hints;
    if (order) state.order = order;
    if (at !== undefined) state.at = at;
    return state;
  }),
);

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const time = z.string().check(z.refine((t) => ISO_TIME.test(t) && !Number.isNaN(Date.parse(t))));
const reviewCard = z.object({ box: z.number().check(z.refine((b) => Number.isInteger(b) && b >= 1 && b <= 5)), due: z.string().check(z.regex(DAY)) });
const lessonSchema = z.object({
  answers: entries(QUESTION_ID, questionStateSchema),
  review: entries(QUESTION_ID, reviewCard),
  done: orElse(time, () => null),
  visited: orElse(time, () => null),
});
const position = z.object({
  lesson: z.string().check(z.regex(LESSON_KEY)),
  section: z.string().check(z.regex(/^[A-Za-z0-9_-]{0,100}$/)),
  at: time,
});
const progressSchema = orElse(
  z.object({
    version: z.transform((): typeof PROGRESS_VERSION => PROGRESS_VERSION),
    lessons: entries(LESSON_KEY, lessonSchema),
    position: orElse(position, () => null),
  }),
  emptyProgress,
);

/** Keeps only well-formed parts of current-version data: a bad lesson or answer is dropped, never trusted. */
export function sanitizeProgress(raw: unknown): Progress {
  return z.parse(progressSchema, raw);
}

const versioned = z.looseObject({ version: z.number().check(z.gte(1), z.refine(Number.isInteger)) });

/** Brings data of an older version up to `current`; data from a newer site, or of no known version, is refused. */
export function upgrade(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = PROGRESS_VERSION,
): { data: Record<string, unknown> } | { error: 'newer' | 'unknown' } {
  const parsed = z.safeParse(versioned, raw);
  if (!parsed.success) return { error: 'unknown' };
  let { version } = parsed.data;
  if (version > current) return { error: 'newer' };
  let data: Record<string, unknown> = parsed.data;
  while (version < current) {
    const step = migrations[version];
    if (!step) return { error: 'unknown' };
    data = step(data);
    version += 1;
  }
  return { data: { ...data, version: current } };
}

/** The value of a JSON text, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads what is in storage; anything corrupt, outdated beyond repair or from a newer version reads as no progress. */
export function readStored(text: string | null): Progress {
  if (text === null) return emptyProgress();
  const upgraded = upgrade(parseJson(text));
  return 'data' in upgraded ? sanitizeProgress(upgraded.data) : emptyProgress();
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
  const current = lessonOf(progress, lesson);
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { ...current, answers: { ...current.answers, [id]: state } } } };
}

/** The saved answers to the given questions of a lesson, e.g. to bring them back after Reset. */
export function answersOf(progress: Progress, lesson: string, ids: string[]): Record<string, QuestionState> {
  const answers = lessonOf(progress, lesson).answers;
  return Object.fromEntries(ids.flatMap((id) => (answers[id] ? [[id, answers[id]] as const] : [])));
}

/** Progress with the given answers put back into a lesson, as by Undo after Reset. */
export function withAnswers(progress: Progress, lesson: string, answers: Record<string, QuestionState>): Progress {
  const current = lessonOf(progress, lesson);
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { ...current, answers: { ...current.answers, ...answers } } } };
}

/** Progress with the given questions of a lesson forgotten, as after Reset. */
export function withoutAnswers(progress: Progress, lesson: string, ids: string[]): Progress {
  const current = lessonOf(progress, lesson);
  const answers = Object.fromEntries(Object.entries(current.answers).filter(([id]) => !ids.includes(id)));
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { ...current, answers } } };
}

/** Progress without the answers (and review cards) saved against an older wording of these questions of a lesson. */
export function withoutStale(progress: Progress, lesson: string, questions: readonly LiveQuestion[]): Progress {
  const entry = progress.lessons[lesson];
  const stale = questions.filter((q) => entry?.answers[q.id] && entry.answers[q.id]!.sig !== q.sig).map((q) => q.id);
  if (!entry || stale.length === 0) return progress;
  const keep = <T>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([id]) => !stale.includes(id)));
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { ...entry, answers: keep(entry.answers), review: keep(entry.review) } } };
}
