/** Most lessons the sidebar lists for one chapter; past this it shows the current lesson's neighbourhood. */
export const SIDEBAR_MAX_LESSONS = 25;

/** The slice of a chapter's lessons the sidebar shows, and how many it leaves out on each side. */
export interface SidebarWindow<T> {
  shown: T[];
  hiddenBefore: number;
  hiddenAfter: number;
}

/**
 * Picks up to `max` lessons centred on the current one (index `current`; -1 when none is current), so a chapter
 * of hundreds of lessons does not make every page in it grow: the page links to the full list instead.
 */
export function sidebarWindow<T>(lessons: readonly T[], current: number, max = SIDEBAR_MAX_LESSONS): SidebarWindow<T> {
  const size = Number.isFinite(max) ? Math.max(1, Math.floor(max)) : SIDEBAR_MAX_LESSONS;
  if (lessons.length <= size) return { shown: [...lessons], hiddenBefore: 0, hiddenAfter: 0 };
  const centre = current >= 0 && current < lessons.length ? current : 0;
  const start = Math.min(Math.max(0, centre - Math.floor(size / 2)), lessons.length - size);
  return { shown: lessons.slice(start, start + size), hiddenBefore: start, hiddenAfter: lessons.length - start - size };
}
