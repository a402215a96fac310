/**
 * Fills in the lesson progress badges, but only loads their code when there is saved progress to show: a first
 * visit has none, so it skips the quiz model entirely. A quiz island starts the badges itself once it hydrates.
 */
export function initLessonProgress(): void {
  // The head script (src/build/head-script.ts) marks <html> when progress is saved: no storage code to load for it.
  if (!document.documentElement.classList.contains('saved')) return;
  import('../components/quiz/progress-badges')
    .then(({ startProgressBadges }) => startProgressBadges())
    .catch(() => {
      // Only the badges are lost (e.g. offline before the service worker cached them); the page works without them.
    });
}
