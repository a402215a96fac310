import { hasSavedProgress } from '../lib/saved-progress';

/**
 * Starts the review page. With nothing saved there is nothing to review and the review code is not loaded; otherwise it
 * loads and shows the questions due today.
 */
export function initReviewPage(): void {
  const status = document.querySelector<HTMLElement>('[data-review-status]');
  const root = document.querySelector<HTMLElement>('[data-review-root]');
  if (!status || !root) return;
  if (!hasSavedProgress()) {
    status.textContent = 'Nothing to review: questions you miss in a lesson come back here.';
    return;
  }
  import('../components/course/review-app')
    .then(({ startReview }) => startReview(root, status))
    .catch(() => {
      status.textContent = 'Review could not start (the page’s code did not arrive). Reload the page to try again.';
    });
}
