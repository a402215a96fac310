import * as z from 'zod/mini';
import { PROGRESS_VERSION, type Progress } from './progress-format.ts';
import { listOf } from './progress-merge.ts';
import { parseJson, sanitizeProgress, upgrade } from './progress-parse.ts';

/** The marker that tells a progress export apart from any other JSON file. */
export const EXPORT_FORMAT = 'llm-course-progress';
/** Import files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 1_000_000;

const exportFile = z.object({ format: z.enum([EXPORT_FORMAT]) });

/** The contents of a progress file a learner can keep and import later. */
export function exportProgress(progress: Progress, now: Date): string {
  const { lessons, position } = progress;
  return JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), lessons, position }, null, 2);
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
  const lessons = Object.keys(progress.lessons).filter((lesson) => Object.keys(progress.lessons[lesson]!.answers).length > 0);
  if (lessons.length === 0) return { ok: false, error: 'This progress file holds no answers, so there is nothing to import.' };
  return { ok: true, progress, lessons };
}

/** What a file holds, first thing the learner reads before choosing how to load it. */
export function describeFile(lessons: string[], nameOf: (lesson: string) => string): string {
  return `This file has answers for ${lessons.length === 1 ? '1 lesson' : `${lessons.length} lessons`}: ${listOf(lessons.map(nameOf))}.`;
}
