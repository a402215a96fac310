import { applyChoice, choiceOf, type ThemeTarget } from '../lib/theme';

/** Wires the header's theme select: it shows the choice the head script applied and applies and stores a new one. */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const target: ThemeTarget = { dataset: root.dataset, storage: () => localStorage };
  const selects = [...document.querySelectorAll<HTMLSelectElement>('.theme-select')];
  const show = () => selects.forEach((s) => (s.value = choiceOf(root.dataset['theme'])));
  for (const select of selects) {
    select.addEventListener('change', () => {
      applyChoice(choiceOf(select.value), target);
      show();
    });
  }
  // A choice made in another tab applies here too, without storing it again.
  addEventListener('storage', (event) => {
    if (event.key !== 'theme' && event.key !== null) return;
    applyChoice(choiceOf(event.newValue), target, false);
    show();
  });
  show();
}
