import { describe, expect, it } from 'vitest';
import { judgeNumber, withinTolerance, type NumericChoice, type NumericSpec } from '../../src/lib/numeric-answer';
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
    ['a dollar sign after it, as the calculator takes it', '2055$', 2055],
    ['a dollar sign after it, with a space', '2,055 $', 2055],
    ['the unit before it', 'USD 2055', 2055],
    ['a dollar sign and the unit', '$2,055.00 USD', 2055],
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
    [
      'a percent sign',
      '2055%',
      'Remove “%”: a number here has only digits and a decimal point, with a dollar sign or “USD” before or after it, for example 42.',
    ],
    [
      'another currency sign',
      '€2055',
      'Remove “€”: a number here has only digits and a decimal point, with a dollar sign or “USD” before or after it, for example 42.',
    ],
    ['two dollar signs', '$2055$', 'Use one dollar sign at most, before or after the number: $42 or 42$.'],
    ['a runaway paste', '9'.repeat(41), 'That is too long for a number (over 40 characters): enter one, for example 42.'],
  ])('refuses %s with a message saying what to type', (_what, text, error) => {
    expect(judgeNumber(saving, text)).toEqual({ ok: false, error });
  });

  it('refuses a dollar sign when the answer is in another unit, and accepts that unit after the number', () => {
    const latency: NumericSpec = { value: 150, tolerance: 5, unit: 'ms' };
    expect(judgeNumber(latency, '$150')).toEqual({ ok: false, error: 'Leave out the dollar sign: this number is in ms, not dollars.' });
    expect(judgeNumber(latency, '150$')).toEqual({ ok: false, error: 'Leave out the dollar sign: this number is in ms, not dollars.' });
    expect(judgeNumber(latency, '154 ms')).toEqual({ ok: true, value: 154, right: true });
    expect(judgeNumber(latency, 'ms 154')).toEqual({ ok: true, value: 154, right: true });
    expect(judgeNumber(latency, '156')).toMatchObject({ right: false });
    expect(judgeNumber({ value: 3, tolerance: 0 }, '$3')).toEqual({
      ok: false,
      error: 'Leave out the dollar sign: this field is a number, not a price.',
    });
  });

  // A lone separator before three digits, whose other reading is the answer's size and its own reading is not: asked, not judged.
  it.each<[string, NumericSpec, string, string, NumericChoice]>([
    [
      'a point for thousands, on an answer in the thousands',
      saving,
      '2.055',
      'Did you mean 2,055? Here a point marks decimals, so what you typed reads as 2.055. Choose one, or edit your answer.',
      { meant: '2,055', typed: 2.055 },
    ],
    [
      'a point for thousands on a wrong answer of the right size, with a dollar sign',
      saving,
      '$2.050',
      'Did you mean $2,050? Here a point marks decimals, so what you typed reads as 2.05. Choose one, or edit your answer.',
      { meant: '$2,050', typed: 2.05 },
    ],
    [
      'a decimal comma, on an answer a little over 2',
      { value: 2.055, tolerance: 0.001 },
      '2,055',
      'Did you mean 2.055? Here a comma separates thousands, so what you typed reads as 2055. Choose one, or edit your answer.',
      { meant: '2.055', typed: 2055 },
    ],
    [
      'a negative answer',
      { value: -1500, tolerance: 0 },
      '-1.500',
      'Did you mean -1,500? Here a point marks decimals, so what you typed reads as -1.5. Choose one, or edit your answer.',
      { meant: '-1,500', typed: -1.5 },
    ],
    [
      'a point for thousands with the unit, kept in what was meant',
      saving,
      ' 2.055 USD ',
      'Did you mean 2,055 USD? Here a point marks decimals, so what you typed reads as 2.055. Choose one, or edit your answer.',
      { meant: '2,055 USD', typed: 2.055 },
    ],
  ])('asks, without judging, about %s', (_what, spec, text, error, choice) => {
    expect(judgeNumber(spec, text)).toEqual({ ok: false, error, choice });
  });

  it.each<[string, NumericSpec, string, number, boolean]>([
    ['a comma for thousands, on an answer in the thousands', saving, '2,055', 2055, true],
    ['a point before three digits, on an answer near 2', { value: 2.055, tolerance: 0.001 }, '2.055', 2.055, true],
    ['a point before three digits far from the answer either way', saving, '25.000', 25, false],
    ['a comma before three digits far from the answer either way', { value: 2.055, tolerance: 0 }, '900,000', 900_000, false],
    ['a point before three digits, on an answer of 0', { value: 0, tolerance: 0 }, '2.055', 2.055, false],
    ['a point before three digits, on an answer of the other sign', { value: -2055, tolerance: 0 }, '2.055', 2.055, false],
  ])('judges without asking %s', (_what, spec, text, value, right) => {
    expect(judgeNumber(spec, text)).toEqual({ ok: true, value, right });
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
