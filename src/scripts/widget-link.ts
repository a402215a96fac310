/**
 * A shared link with a widget's state (`?requests=50000`, `?approach=yes`) and no section in it opens at that widget,
 * not thousands of pixels above it at the top of the lesson. Widgets name their parameters in `data-url-params`. Only
 * on a new visit: a reload or Back keeps where the learner was.
 */
export function initWidgetLink(): void {
  if (location.hash !== '' || location.search === '') return;
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (nav && nav.type !== 'navigate') return;
  const keys = new Set(new URLSearchParams(location.search).keys());
  const widget = [...document.querySelectorAll<HTMLElement>('[data-url-params]')].find((el) =>
    (el.dataset['urlParams'] ?? '').split(' ').some((param) => keys.has(param)),
  );
  widget?.scrollIntoView({ block: 'start' });
}
