// The theme choice's rules: what a stored value means and what a choice changes. The header's select uses them
// (src/scripts/theme-toggle.ts); the head script reads the same 'theme' key before the first paint.

/** A theme the learner can choose: one of the two schemes, or whatever the system prefers. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The choice a stored or applied value stands for: 'light' and 'dark' as the head script applies them, anything else the system's. */
export function choiceOf(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The parts of the page and storage a choice changes (the real ones in the browser, fakes in tests). */
export interface ThemeTarget {
  dataset: DOMStringMap;
  storage: () => Pick<Storage, 'setItem' | 'removeItem'>;
}

/**
 * Applies a choice to the page and stores it under 'theme', the key the head script reads before the first paint:
 * the system's choice removes both, so the page follows the system again.
 */
export function applyChoice(choice: ThemeChoice, { dataset, storage }: ThemeTarget, store = true): void {
  if (choice === 'system') delete dataset['theme'];
  else dataset['theme'] = choice;
  if (!store) return;
  try {
    if (choice === 'system') storage().removeItem('theme');
    else storage().setItem('theme', choice);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this page only.
  }
}
