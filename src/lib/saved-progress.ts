// Tiny on purpose: the script every page loads first reads this, so it must not pull the quiz model in with it.

/** The localStorage key all of a learner's progress lives under (src/lib/progress-store.ts, the head script). */
export const PROGRESS_KEY = 'course-progress';

/** True when this browser has saved progress; storage that throws counts as none. */
export function hasSavedProgress(): boolean {
  try {
    return window.localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}
