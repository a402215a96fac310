import * as z from 'zod/mini';
import { PROGRESS_VERSION, parseJson, sanitizeProgress, upgrade, type Progress } from './progress-format.ts';

/** The marker that tells a progress export apart from any other JSON file. */
export const EXPORT_FORMAT = 'llm-course-progress';
/** Import files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 1_000_000;

const exportFile = z.object({ format: z.enum([EXPORT_FORMAT]) });

/** The contents of a progress file a learner can keep and import later. */
export function exportProgress(progress: Progress, now: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), lessons: progress.lessons }, null, 2);
}

/** The outcome of reading a progress file: the progress and the lessons it has answers for, or why the file was refused. */
export type ImportResult = { ok: true; progress: Progress; lessons: string[] } | { ok: false; error: string };

/** Checks an imported file and turns it into progress, or explains in plain words why it cannot be used. */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'This file is too large to be a progress file from this course.' };
  const raw = parseJson(text);
  if (raw === undefined) return { ok: false, error: 'This file is not a progress file: it is not valid JSON.' };
  if (!z.safeParse(exportFile, raw).success) {
    return { ok: false, error: 'This file is not a progress file from this course. Choose a file saved with “Save progress to a file”.' };
  }
  const upgraded = upgrade(raw);
  if ('error' in upgraded) {
    return {
      ok: false,
      error:
        upgraded.error === 'newer'
          ? 'This progress file was saved by a newer version of the course. Reload the page to get the newest version, then try again.'
          : 'This progress file has no version this course can read.',
    };
  }
  const progress = sanitizeProgress(upgraded.data);
  const lessons = lessonsWithAnswers(progress);
  if (lessons.length === 0) return { ok: false, error: 'This progress file holds no answers, so there is nothing to import.' };
  return { ok: true, progress, lessons };
}

function lessonsWithAnswers(progress: Progress): string[] {
  return Object.keys(progress.lessons).filter((lesson) => Object.keys(progress.lessons[lesson]!.answers).length > 0);
}

/** What importing would replace: each lesson the file has answers for where this browser has answers too, with their count. */
export function importReplaces(current: Progress, incoming: Progress): { lesson: string; answers: number }[] {
  return lessonsWithAnswers(incoming).flatMap((lesson) => {
    const answers = Object.keys(current.lessons[lesson]?.answers ?? {}).length;
    return answers > 0 ? [{ lesson, answers }] : [];
  });
}

/** Progress after an import: the file's answers replace this browser's for the lessons it has answers for; other lessons stay. */
export function mergeImport(current: Progress, incoming: Progress): Progress {
  const lessons = { ...current.lessons };
  for (const [lesson, entry] of Object.entries(incoming.lessons)) {
    const here = lessons[lesson];
    const manifest = here && Object.keys(here.manifest).length > 0 ? here.manifest : entry.manifest;
    const answers = Object.keys(entry.answers).length > 0 ? entry.answers : (here?.answers ?? {});
    // Version 3's review cards, done mark and visit: this browser's where it has the lesson (the lead decides merging, #18).
    lessons[lesson] = { ...entry, ...here, manifest, answers };
  }
  return { ...current, lessons };
}

/** "A", "A and B", "A, B and C". */
function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const answersCount = (n: number) => (n === 1 ? '1 answer' : `${n} answers`);

/** What the learner reads before an import: which lessons the file has answers for, and which of theirs it will replace. */
export function describeImport(lessons: string[], replaces: { lesson: string; answers: number }[], nameOf: (lesson: string) => string): string {
  const has = `This file has answers for ${lessons.length === 1 ? '1 lesson' : `${lessons.length} lessons`}: ${listOf(lessons.map(nameOf))}.`;
  if (replaces.length === 0) return `${has} You have no answers here for ${lessons.length === 1 ? 'it' : 'them'}, so nothing is replaced.`;
  const replaced = listOf(replaces.map((r) => `${nameOf(r.lesson)} (${answersCount(r.answers)})`));
  return `${has} Loading it replaces your answers here for ${replaced}. Your answers for other lessons stay as they are.`;
}
