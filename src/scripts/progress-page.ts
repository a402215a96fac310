import { hasSavedProgress } from '../lib/saved-progress';

/**
 * Fills in the progress page. With nothing saved, every lesson is not started and the progress code is not loaded;
 * otherwise it loads and paints each lesson's state, score and last visit.
 */
export function initProgressPage(): void {
  const status = document.querySelector<HTMLElement>('[data-progress-status]');
  if (!status) return;
  if (!hasSavedProgress()) {
    for (const el of document.querySelectorAll<HTMLElement>('[data-field="state"]')) {
      el.textContent = 'Not started';
      el.hidden = false;
    }
    status.textContent = 'Nothing is saved in this browser yet: every lesson is not started.';
    return;
  }
  import('../components/course/progress-view')
    .then(({ startProgressView }) => startProgressView())
    .catch(() => {
      status.textContent = 'Your progress could not be loaded (the page’s code did not arrive). Reload the page to try again.';
    });
}
