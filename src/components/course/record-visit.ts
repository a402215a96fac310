import { withVisit } from '../../lib/course-progress';
import { openProgressStore, type ProgressStore } from '../../lib/progress-store';

/**
 * Records a visit to `lesson` now, then the section being read each time the event `sectionEvent` says it changed
 * (src/scripts/toc.ts sends it; its name is handed in so this chunk does not pull in the page script).
 */
export function recordVisit(lesson: string, section: string, sectionEvent: string): void {
  const opened = openProgressStore();
  const save = (store: ProgressStore, id: string) => store.update((p) => withVisit(p, lesson, id, new Date()));
  void opened.then((store) => save(store, section));
  // Followed from now: a section reached while the store opens is saved once it has, after the visit.
  document.addEventListener(sectionEvent, (event) => {
    const id = scrollY < 200 ? '' : String((event as CustomEvent<unknown>).detail ?? '');
    void opened.then((store) => store.read().position?.section !== id && save(store, id));
  });
}
