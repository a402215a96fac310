import { SECTION_EVENT } from './toc';

/**
 * Remembers the lesson and section being read, for "Continue where you left off" and the lesson's last visit. The
 * progress code loads at the learner's first scroll, key or tap, never with the page: a page opened and left untouched
 * is not a visit, and the first paint carries none of it.
 */
export function initReadingPosition(): void {
  const lesson = document.querySelector<HTMLElement>('article[data-lesson-path]')?.dataset['lessonPath'];
  if (!lesson) return;
  let section = '';
  const events = ['scroll', 'keydown', 'pointerdown'] as const;
  const follow = (event: Event) => {
    // Near the top of the page the learner is at the start, not in its first section.
    section = scrollY < 200 ? '' : String((event as CustomEvent<unknown>).detail ?? '');
  };
  document.addEventListener(SECTION_EVENT, follow);
  const start = () => {
    for (const type of events) removeEventListener(type, start);
    document.removeEventListener(SECTION_EVENT, follow);
    import('../components/course/record-visit')
      .then(({ recordVisit }) => recordVisit(lesson, section, SECTION_EVENT))
      .catch(() => {
        // Only the reading position is lost (e.g. offline before its code was cached); the page works without it.
      });
  };
  for (const type of events) addEventListener(type, start, { passive: true });
}
