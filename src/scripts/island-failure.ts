// What a learner still has when a widget's code cannot load or start (offline before it was cached, a broken host):
// the server-rendered widget stays readable, its controls that need the code are hidden, and a note says so.
const STILL_THERE: Record<string, (label: string) => string> = {
  QuizWidget: (label) => `${label} could not start, so Check does not work: reload the page to try again. Every answer is under “Reveal answer”.`,
  FlowchartNavigator: () => 'The step-by-step view could not start: reload the page to try again. The whole flowchart below shows every path.',
  CostCalculator: () => 'The calculator could not start: reload the page to try again. The figures shown are the lesson’s example.',
};

/** Listens for Astro's astro:hydration-error and turns a widget that failed to start back into its no-JavaScript form. */
export function initIslandFailure(): void {
  document.addEventListener('astro:hydration-error', (event) => {
    const island = event.target;
    if (!(island instanceof HTMLElement) || island.dataset['failed'] !== undefined) return;
    let name = '';
    try {
      name = (JSON.parse(island.getAttribute('opts') ?? '{}') as { name?: string }).name ?? '';
    } catch {
      // Astro writes opts; without a name the note is the generic one.
    }
    const label = island.querySelector('[aria-label]')?.getAttribute('aria-label') ?? 'This widget';
    const note = document.createElement('p');
    note.className = 'island-failure';
    note.setAttribute('role', 'alert');
    note.textContent = STILL_THERE[name]?.(label) ?? `${label} could not start: reload the page to try again.`;
    island.dataset['failed'] = '';
    island.after(note);
  });
}
