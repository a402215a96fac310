/**
 * A shared link with a widget's state (`?requests=50000`, `?approach=yes`) and no section in it opens at that widget,
 * not thousands of pixels above it at the top of the lesson. A parameter belongs to the widget whose form field has its
 * name (the calculator, the LoRA widget) or that lists it in `data-params` (the flowchart). Only on a new visit: a
 * reload or Back keeps where the learner was.
 */
export function initWidgetLink(): void {
  if (location.hash !== '' || location.search === '') return;
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (nav && nav.type !== 'navigate') return;
  for (const key of new URLSearchParams(location.search).keys()) {
    const name = CSS.escape(key);
    const widget = document.querySelector(`[data-params~="${name}"]`) ?? document.querySelector(`.widget [name="${name}"]`)?.closest('.widget');
    if (widget) return widget.scrollIntoView({ block: 'start' });
  }
}
