/**
 * The key src/lib/progress-store.ts saves under (a unit test keeps the two equal). Spelled out here because importing
 * it would pull the whole quiz model into the script every page loads first.
 */
export const SAVED_PROGRESS_KEY = 'course-progress';

/** True when this browser has saved quiz answers; storage that throws counts as none. */
function hasSavedProgress(): boolean {
  try {
    return window.localStorage.getItem(SAVED_PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Fills in the lesson progress badges, but only loads their code when there is saved progress to show: a first
 * visit has none, so it skips the quiz model entirely. A quiz island starts the badges itself once it hydrates.
 */
export function initLessonProgress(): void {
  if (!hasSavedProgress()) return;
  import('../components/quiz/progress-badges')
    .then(({ startProgressBadges }) => startProgressBadges())
    .catch(() => {
      // Only the badges are lost (e.g. offline before the service worker cached them); the page works without them.
    });
}
