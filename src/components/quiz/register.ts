import { withManifest } from '../../lib/progress-format';
import type { ProgressStore } from '../../lib/progress-store';

/**
 * Records which questions this page holds (from each quiz's data-quiz-manifest), so the home page and the
 * sidebar can show "2 of 6 answered" even for quizzes that were never scrolled into view.
 */
export function registerPageManifests(store: ProgressStore, root: ParentNode = document): void {
  const byLesson = new Map<string, Record<string, string>>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-quiz-manifest]')) {
    const lesson = el.dataset['quizLesson'];
    if (!lesson) continue;
    try {
      const manifest = JSON.parse(el.dataset['quizManifest'] ?? '{}') as Record<string, string>;
      byLesson.set(lesson, { ...byLesson.get(lesson), ...manifest });
    } catch {
      // The attribute is written by the build; a broken one only costs the progress badge.
    }
  }
  for (const [lesson, manifest] of byLesson) {
    const known = store.read().lessons[lesson]?.manifest;
    if (JSON.stringify(known) !== JSON.stringify(manifest)) store.update((p) => withManifest(p, lesson, manifest));
  }
}
