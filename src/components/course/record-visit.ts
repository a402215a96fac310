import { withVisit } from '../../lib/course-progress';
import { browserProgressStore } from '../../lib/progress-store';

/**
 * Records a visit to `lesson` now, then the section being read each time the event `sectionEvent` says it changed
 * (src/scripts/toc.ts sends it; its name is handed in so this chunk does not pull in the page script).
 */
export function recordVisit(lesson: string, section: string, sectionEvent: string): void {
  const store = browserProgressStore();
  const save = (id: string) => store.update((p) => withVisit(p, lesson, id, new Date()));
  save(section);
  document.addEventListener(sectionEvent, (event) => {
    const id = scrollY < 200 ? '' : String((event as CustomEvent<unknown>).detail ?? '');
    if (store.read().position?.section !== id) save(id);
  });
}
