import { describe, expect, it } from 'vitest';
import { judgeNumber, withinTolerance, type NumericSpec } from '../../src/lib/numeric-answer';
import { LESSON_NUMBERS } from '../../src/build/lesson-figures';
import { checkProperty, HOSTILE_INPUTS } from '../fuzz/hostile-inputs';

// 9.1's numeric question: the saving at 20,000 requests a day, from the cost model, to the cent.
const saving: NumericSpec = { value: LESSON_NUMBERS['monthly-saving-20k']!, tolerance: 0.01, unit: 'USD' };

describe('a numeric answer', () => {
  it('takes its value from the cost model at 20,000 requests a day: $2,055.00', () => {
    expect(saving.value).toBe(2055);
  });

  it.each([
    ['digits', '2055', 2055],
    ['thousands commas', '2,055', 2055],
    ['dollars and cents', '$2,055.00', 2055],
    ['spaces around it', ' 2055 ', 2055],
    ['the unit after it', '2055 USD', 2055],
    ['the unit in lower case, without a space', '2055usd', 2055],
    ['a cent over, at the edge of the tolerance', '2055.01', 2055.01],
    ['a cent under', '$2,054.99', 2054.99],
  ])('accepts %s ("%s") as right', (_what, text, value) => {
    expect(judgeNumber(saving, text)).toEqual({ ok: true, value, right: true });
  });

  it.each([
    ['a round guess', '2000', 2000],
    ['two cents over', '2055.02', 2055.02],
    ['the saving at 10,000 a day', '$1,027.50', 1027.5],
    ['a negative saving', '-2055', -2055],
  ])('reads %s ("%s") as a number and judges it wrong', (_what, text, value) => {
    expect(judgeNumber(saving, text)).toEqual({ ok: true, value, right: false });
  });

  it.each([
    ['nothing', '', 'This field is empty: enter a number, for example 42.'],
    ['letters', 'abc', 'Use digits, not letters: for example 42.'],
    ['a decimal comma with points for thousands', '2.055,00', 'Use a point for decimals, and no other separator: 2055.00.'],
    ['an exponent', '1e999', 'Write the number out in full, without “e”: for example 1000000, not 1e6.'],
    ['two minus signs', '--5', 'Use one minus sign at most, for example -5.'],
    ['two minus signs around a dollar sign', '-$-5', 'Use one minus sign at most, for example -5.'],
    ['two numbers', '2055 2000', 'Enter one number, without spaces: for example 10000.'],
    ['a percent sign', '2055%', 'Remove “%”: a number here has only digits and a decimal point, for example 42.'],
    ['a runaway paste', '9'.repeat(41), 'That is too long for a number (over 40 characters): enter one, for example 42.'],
  ])('refuses %s with a message saying what to type', (_what, text, error) => {
    expect(judgeNumber(saving, text)).toEqual({ ok: false, error });
  });

  it('refuses a dollar sign when the answer is in another unit, and accepts that unit after the number', () => {
    const latency: NumericSpec = { value: 150, tolerance: 5, unit: 'ms' };
    expect(judgeNumber(latency, '$150')).toEqual({ ok: false, error: 'Leave out the dollar sign: the answer is in ms.' });
    expect(judgeNumber(latency, '154 ms')).toEqual({ ok: true, value: 154, right: true });
    expect(judgeNumber(latency, '156')).toMatchObject({ right: false });
    expect(judgeNumber({ value: 3, tolerance: 0 }, '$3')).toEqual({ ok: false, error: 'Leave out the dollar sign: the answer is in plain numbers.' });
  });

  it.each([
    ['exact, with no tolerance', { value: 3, tolerance: 0 }, 3, true],
    ['off by a little, with no tolerance', { value: 3, tolerance: 0 }, 3.0001, false],
    ['at the upper edge (inclusive, despite binary fractions)', { value: 0.3, tolerance: 0.1 }, 0.4, true],
    ['at the lower edge', { value: 0.3, tolerance: 0.1 }, 0.2, true],
    ['just past the edge', { value: 0.3, tolerance: 0.1 }, 0.41, false],
    ['a large value within its tolerance', { value: 1e9, tolerance: 1 }, 1e9 + 1, true],
  ])('checks the tolerance as absolute and inclusive: %s', (_what, spec, typed, right) => {
    expect(withinTolerance(spec, typed)).toBe(right);
  });

  it('answers any pasted junk with a verdict or a message, never throwing and never an empty message', () => {
    const failures = checkProperty(HOSTILE_INPUTS, (text) => {
      const verdict = judgeNumber(saving, text);
      return verdict.ok ? Number.isFinite(verdict.value) || `read as ${verdict.value}` : verdict.error.length > 0;
    });
    expect(failures).toEqual([]);
  });
});
