// Two ways to load a progress file: merge it with what this browser has (the union, the newer answer winning question by
// question) or replace what is here with it; and the words that say, before anything changes, what each would do.
import type { LessonProgress, Progress } from './progress-format.ts';
import { sameAnswer } from './progress-stamp.ts';

/** What a merge takes from the file: answers new here, answers newer than this browser's, and done marks. */
export interface MergeCounts {
  added: number;
  newer: number;
  /** Answers both have, where this browser's is the newer (or as new) and differs: they stay. */
  kept: number;
  doneMarks: number;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a >= b ? a : b);

function mergeLesson(here: LessonProgress, file: LessonProgress, counts: MergeCounts): LessonProgress {
  const answers = { ...here.answers };
  const review = { ...here.review };
  for (const [id, theirs] of Object.entries(file.answers)) {
    const mine = here.answers[id];
    if (mine && sameAnswer(mine, theirs)) {
      // The same answer on both: a review since moved the card to a later day (a right answer up, a wrong one to tomorrow).
      const card = file.review[id];
      if (card && (!review[id] || card.due > review[id].due)) review[id] = card;
      continue;
    }
    if (mine && (theirs.at ?? 0) <= (mine.at ?? 0)) {
      counts.kept++;
      continue;
    }
    counts[mine ? 'newer' : 'added']++;
    answers[id] = theirs;
    // A question's place in review goes with the answer that won.
    if (file.review[id]) review[id] = file.review[id];
    else delete review[id];
  }
  for (const [id, card] of Object.entries(file.review)) if (!(id in here.answers) && !(id in file.answers)) review[id] ??= card;
  if (file.done !== null && here.done === null) counts.doneMarks++;
  return {
    answers,
    review,
    done: here.done ?? file.done,
    visited: later(here.visited, file.visited),
  };
}

/** The union of this browser's progress and a file's: per question the newer answer wins; done marks and visits add up. */
export function mergeProgress(here: Progress, file: Progress): { progress: Progress; counts: MergeCounts } {
  const counts: MergeCounts = { added: 0, newer: 0, kept: 0, doneMarks: 0 };
  const lessons = { ...here.lessons };
  for (const [path, entry] of Object.entries(file.lessons)) {
    const mine = here.lessons[path];
    if (mine) lessons[path] = mergeLesson(mine, entry, counts);
    else {
      lessons[path] = entry;
      counts.added += Object.keys(entry.answers).length;
      if (entry.done !== null) counts.doneMarks++;
    }
  }
  const position = !here.position || (file.position && file.position.at > here.position.at) ? file.position : here.position;
  return { progress: { ...here, lessons, position }, counts };
}

/** The file's progress in place of this browser's, whole. */
export function replaceProgress(file: Progress): Progress {
  return { ...file, lessons: { ...file.lessons } };
}

/** How much progress there is: answers, the lessons they are in, and lessons marked done. */
export function tally(p: Progress): { answers: number; lessons: number; done: number } {
  const entries = Object.values(p.lessons);
  const answered = entries.filter((l) => Object.keys(l.answers).length > 0);
  return {
    answers: answered.reduce((n, l) => n + Object.keys(l.answers).length, 0),
    lessons: answered.length,
    done: entries.filter((l) => l.done !== null).length,
  };
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeTally(t: ReturnType<typeof tally>): string {
  const done = t.done > 0 ? `, ${count(t.done, 'lesson')} marked done` : '';
  return `${count(t.answers, 'answer')} in ${count(t.lessons, 'lesson')}${done}`;
}

/** What merging would change, in words, before it does. */
export function describeMerge(c: MergeCounts): string {
  const parts = [
    c.added > 0 ? `adds ${count(c.added, 'answer')} you do not have here` : '',
    c.newer > 0 ? `takes ${count(c.newer, 'answer')} where the file’s is newer than yours` : '',
    c.doneMarks > 0 ? `marks ${count(c.doneMarks, 'more lesson')} done` : '',
  ].filter(Boolean);
  const kept = c.kept > 0 ? ` ${count(c.kept, 'answer')} of yours, newer than the file’s, ${c.kept === 1 ? 'stays' : 'stay'}.` : '';
  if (parts.length === 0) return `Merge: the file has nothing newer than what is here, so nothing changes.${kept}`;
  return `Merge: ${listOf(parts)}.${kept} Nothing of yours is deleted.`;
}

/** What replacing would change, in words, before it does. */
export function describeReplace(here: Progress, file: Progress): string {
  const mine = tally(here);
  const theirs = describeTally(tally(file));
  if (mine.answers === 0 && mine.done === 0) return `Replace: there is no progress here yet, so this loads the file’s ${theirs}.`;
  return `Replace: your progress here (${describeTally(mine)}) is deleted, with its review dates, and the file’s ${theirs} take its place.`;
}
