import { describe, expect, it } from 'vitest';
import { SIDEBAR_MAX_LESSONS, sidebarWindow } from '../../src/build/sidebar';

const lessons = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('sidebarWindow', () => {
  it('lists a chapter of up to the limit in full', () => {
    expect(sidebarWindow(lessons(SIDEBAR_MAX_LESSONS), 3)).toEqual({ shown: lessons(SIDEBAR_MAX_LESSONS), hiddenBefore: 0, hiddenAfter: 0 });
  });

  it.each([
    { current: 0, first: 1, before: 0, after: 275 },
    { current: 149, first: 138, before: 137, after: 138 },
    { current: 299, first: 276, before: 275, after: 0 },
    { current: -1, first: 1, before: 0, after: 275 },
  ])('in a chapter of 300 shows 25 lessons around lesson index $current, starting at $first', ({ current, first, before, after }) => {
    const view = sidebarWindow(lessons(300), current);
    expect(view.shown).toHaveLength(SIDEBAR_MAX_LESSONS);
    expect(view.shown[0]).toBe(first);
    if (current >= 0) expect(view.shown).toContain(current + 1);
    expect([view.hiddenBefore, view.hiddenAfter]).toEqual([before, after]);
    expect(view.hiddenBefore + view.shown.length + view.hiddenAfter).toBe(300);
  });

  it.each([0, -5, Number.NaN, 0.5])('still shows the current lesson when the limit is nonsense (%s)', (max) => {
    const view = sidebarWindow(lessons(10), 4, max);
    expect(view.shown).toContain(5);
  });
});
