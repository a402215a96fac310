import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT } from '../../src/build/head-script';

/** Runs the head script against a fake page: the theme it set and the classes it added. */
function run({ stored, progress, storageThrows = false }: { stored?: string | undefined; progress?: string | undefined; storageThrows?: boolean }) {
  const classes = new Set<string>();
  const dataset: Record<string, string> = {};
  const document = { documentElement: { dataset, classList: { add: (c: string) => classes.add(c) } } };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return (key === 'theme' ? stored : key === 'course-progress' ? progress : undefined) ?? null;
    },
  };
  new Function('document', 'localStorage', HEAD_SCRIPT)(document, localStorage);
  return { classes, dataset };
}

describe('the head script', () => {
  it.each([
    ['a stored dark theme', 'dark', 'dark'],
    ['a stored light theme', 'light', 'light'],
    ['a tampered theme value', '<img src=x onerror=alert(1)>', undefined],
    ['no stored theme', undefined, undefined],
  ])('applies %s only when it is a theme it knows, and marks that JavaScript runs', (_label, stored, expected) => {
    const page = run({ stored });
    expect(page.dataset['theme']).toBe(expected);
    expect(page.classes.has('js')).toBe(true);
  });

  it('still marks that JavaScript runs when storage is blocked', () => {
    const page = run({ storageThrows: true });
    expect(page.dataset['theme']).toBeUndefined();
    expect(page.classes.has('js')).toBe(true);
  });

  it.each([
    { what: 'progress saved', progress: '{"version":3}', saved: true },
    { what: 'nothing saved', progress: undefined, saved: false },
  ])('marks whether progress is saved, so what fills in from it has its room: $what', ({ progress, saved }) => {
    expect(run({ progress }).classes.has('saved')).toBe(saved);
  });

  it('stays tiny: every page carries it before the first paint', () => {
    expect(HEAD_SCRIPT.length).toBeLessThan(200);
  });
});
