import { describe, expect, it } from 'vitest';
import { applyChoice, choiceOf, type ThemeChoice } from '../../src/lib/theme';

/** A fake page and storage: what a choice leaves in data-theme and under the 'theme' key. */
function page(stored: string | null, { storageThrows = false } = {}) {
  const dataset: Record<string, string> = stored === 'light' || stored === 'dark' ? { theme: stored } : {};
  const items = new Map<string, string>(stored === null ? [] : [['theme', stored]]);
  const storage = () => {
    if (storageThrows) throw new Error('SecurityError');
    return { setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  };
  return { target: { dataset, storage }, dataset, items };
}

describe('choiceOf', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'system'],
    [undefined, 'system'],
    ['system', 'system'],
    ['Dark', 'system'],
    ['<img src=x onerror=alert(1)>', 'system'],
  ] as const)('reads %j as the %s theme', (value, expected) => {
    expect(choiceOf(value)).toBe(expected);
  });
});

describe('applyChoice', () => {
  it.each<[string, string | null, ThemeChoice, string | undefined, string | undefined]>([
    ['pins light on a page that followed the system', null, 'light', 'light', 'light'],
    ['pins dark over a stored light', 'light', 'dark', 'dark', 'dark'],
    ['follows the system again, forgetting a stored dark', 'dark', 'system', undefined, undefined],
    ['follows the system again when nothing was stored', null, 'system', undefined, undefined],
  ])('%s', (_label, stored, choice, theme, storedAfter) => {
    const p = page(stored);
    applyChoice(choice, p.target);
    expect(p.dataset['theme']).toBe(theme);
    expect(p.items.get('theme')).toBe(storedAfter);
  });

  it('still applies the choice to the page when storage is blocked', () => {
    const p = page(null, { storageThrows: true });
    applyChoice('dark', p.target);
    expect(p.dataset['theme']).toBe('dark');
    applyChoice('system', p.target);
    expect(p.dataset['theme']).toBeUndefined();
  });

  it('applies a choice from another tab without storing it again', () => {
    const p = page('light');
    applyChoice('dark', p.target, false);
    expect(p.dataset['theme']).toBe('dark');
    expect(p.items.get('theme')).toBe('light');
  });
});
