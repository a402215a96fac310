import { lessonSummary } from '../../lib/progress-format';
import { browserProgressStore } from '../../lib/progress-store';
import { registerPageManifests } from './register';

let started = false;

/**
 * Records the questions of any quiz on the page, then fills in every lesson's progress badge ("2 of 6 answered",
 * from LessonProgress.astro) from the saved answers and keeps them current. Runs once per page, whoever calls it.
 */
export function startProgressBadges(): void {
  if (started) return;
  started = true;
  const store = browserProgressStore();
  registerPageManifests(store);
  const paint = () => {
    const progress = store.read();
    for (const el of document.querySelectorAll<HTMLElement>('[data-lesson-progress]')) {
      const summary = lessonSummary(progress, el.dataset['lessonProgress'] ?? '');
      const show = summary !== undefined && summary.answered > 0;
      el.textContent = show ? `${summary.answered} of ${summary.total} answered` : '';
      el.hidden = !show;
    }
  };
  paint();
  store.subscribe(paint);
}
