import { registerPageManifests } from '../components/quiz/register';
import { lessonSummary } from '../lib/progress-format';
import { browserProgressStore } from '../lib/progress-store';

/**
 * Records the questions of any quiz on the page, then fills in every lesson's progress badge ("2 of 6 answered",
 * from src/components/quiz/LessonProgress.astro) from the saved answers, and keeps them current.
 */
export function initLessonProgress(): void {
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
