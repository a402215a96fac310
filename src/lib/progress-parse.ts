import * as z from 'zod/mini';
import { isOrderOf } from './ordering.ts';
import { emptyProgress, MAX_TEXT, PROGRESS_VERSION, type Progress } from './progress-format.ts';
import type { QuestionState } from './quiz-model.ts';

// Reading progress from storage or an imported file: older versions are upgraded, and only well-formed parts are kept.
// Apart from progress-format.ts because it brings zod: a page loads it only once there is saved progress to read.

/** A step that turns stored data of version n into version n + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** A migration that changes each lesson (an object) of data whose lessons are an object; `rest` sets other fields. */
const eachLesson =
  (change: (lesson: Record<string, unknown>) => Record<string, unknown>, rest = {}): Migration =>
  (data) => {
    if (!isRecord(data['lessons'])) return { ...data, ...rest };
    const lessons = Object.fromEntries(Object.entries(data['lessons']).map(([k, l]) => [k, isRecord(l) ? change(l) : l]));
    return { ...data, ...rest, lessons };
  };

// Version 1 kept only the last Check (Try again erased the first) and did not know whether the answer was opened before
// an attempt. Its last Check stands in for the first; an answer opened with nothing checked, marked or typed was opened first.
const firstAttempts = eachLesson((l) => {
  if (!isRecord(l['answers'])) return l;
  const upgradeAnswer = (a: unknown) => {
    if (!isRecord(a)) return a;
    const tried = a['result'] !== null && a['result'] !== undefined;
    const untouched = !tried && (a['mark'] ?? null) === null && (typeof a['text'] !== 'string' || a['text'].trim() === '');
    const chosen = Array.isArray(a['selected']) && a['selected'].length > 0;
    return { ...a, first: chosen ? (a['result'] ?? null) : null, peeked: a['revealed'] === true && untouched };
  };
  return { ...l, answers: Object.fromEntries(Object.entries(l['answers']).map(([id, a]) => [id, upgradeAnswer(a)])) };
});

// Version 3 adds review cards, done marks and visits per lesson and the last position. Nothing older knew them, so each
// starts empty: answers missed under version 2 have no card and count as due at once (reviewQueue).
const courseFields = eachLesson((l) => ({ ...l, review: {}, done: null, visited: null }), { position: null });

// Version 3 kept a copy of each lesson's question list (id → signature) from the build. The course model knows it, so
// version 4 keeps only what the learner did.
const noManifest = eachLesson(({ manifest: _manifest, ...l }) => l);

/** Migrations keyed by the version they upgrade from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: firstAttempts, 2: courseFields, 3: noManifest };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
