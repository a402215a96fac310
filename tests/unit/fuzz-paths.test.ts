import { describe, expect, it } from 'vitest';
import { formatCount, formatPrice, formatUSD } from '../../src/lib/format';
import { normaliseBase, withBase } from '../../src/lib/paths';
import { sidebarWindow } from '../../src/build/sidebar';
import { checkProperty, HOSTILE_INPUTS, hostileRecords } from '../fuzz/hostile-inputs';

describe('checkProperty', () => {
  it('reports every input that breaks a property, with the reason, including ones that throw', () => {
    const failures = checkProperty(['1', 'x', 'boom', '2'], (s) => {
      if (s === 'boom') throw new RangeError('bad');
      return Number.isFinite(Number(s)) || 'not a number';
    });
    expect(failures).toEqual([
      { input: '"x"', problem: 'not a number' },
      { input: '"boom"', problem: 'threw RangeError: bad' },
    ]);
  });
});

describe('hostileRecords', () => {
  it('gives each field every hostile value once while the other fields keep their defaults', () => {
    const records = hostileRecords({ a: '1', b: '2' });
    expect(records).toHaveLength(2 * HOSTILE_INPUTS.length);
    expect(records.filter((r) => r.field === 'a').every((r) => r.record.b === '2')).toBe(true);
    expect(records.filter((r) => r.field === 'b').map((r) => r.record.b)).toEqual([...HOSTILE_INPUTS]);
  });
});

describe('fuzzing what exists in main with the hostile corpus', () => {
  it('has at least 50 hostile cases', () => {
    expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(50);
  });

  it('normaliseBase always returns a path that starts and ends with one slash, and is idempotent', () => {
    const failures = checkProperty(HOSTILE_INPUTS, (raw) => {
      const base = normaliseBase(raw);
      if (!base.startsWith('/') || !base.endsWith('/')) return `gave ${JSON.stringify(base)}`;
      if (/^[/\\]{2}/.test(base)) return `gave ${JSON.stringify(base)}, which a browser reads as another host`;
      return normaliseBase(base) === base || 'not idempotent';
    });
    expect(failures).toEqual([]);
  });

  it.each(['/', '/course/'])('withBase(%s, input) never throws, passes non-site URLs through and prefixes a site path once', (base) => {
    const failures = checkProperty(HOSTILE_INPUTS, (input) => {
      for (const path of [input, `/${input}`]) {
        const out = withBase(base, path);
        const sitePath = path.startsWith('/') && !path.startsWith('//');
        if (!sitePath && out !== path) return `changed a non-site URL ${JSON.stringify(path)}`;
        if (sitePath && !out.startsWith(base === '/' ? '/' : base.slice(0, -1))) return `lost the base: ${JSON.stringify(out)}`;
        if (/^[/\\]{2}/.test(out) && !/^[/\\]{2}/.test(path)) return `made ${JSON.stringify(out)}, which a browser reads as another host`;
        if (withBase(base, out) !== out) return 'prefixed twice';
      }
      return true;
    });
    expect(failures).toEqual([]);
  });

  it('the money and count formatters never throw and never emit markup, whatever number the text parses to', () => {
    const failures = checkProperty(HOSTILE_INPUTS, (input) => {
      const n = Number(input);
      const out = [formatUSD(n), formatCount(n), formatPrice(n)];
      return out.every((s) => typeof s === 'string' && !/[<>]/.test(s)) || `gave ${out.join(' ')}`;
    });
    expect(failures).toEqual([]);
  });

  it('the sidebar window always shows the current lesson, whatever the limit parses to', () => {
    const lessons = Array.from({ length: 60 }, (_, i) => i);
    const failures = checkProperty(HOSTILE_INPUTS, (input) => {
      const view = sidebarWindow(lessons, 41, Number(input));
      return (view.shown.includes(41) && view.hiddenBefore + view.shown.length + view.hiddenAfter === 60) || `gave ${view.shown.length} lessons`;
    });
    expect(failures).toEqual([]);
  });
});
