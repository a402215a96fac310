import { describe, expect, it } from 'vitest';
import { readNumberText, type NumberKind } from '../../src/lib/number-text';
import { checkProperty, HOSTILE_INPUTS } from '../fuzz/hostile-inputs';

describe('reading typed text as a number', () => {
  it.each<[string, NumberKind, string, number]>([
    ['digits', 'count', '10000', 10_000],
    ['thousands commas in groups of three', 'count', '1,000,000', 1_000_000],
    ['a price with a dollar sign', 'price', '$0.30', 0.3],
    ['a price without a leading zero', 'price', '.3', 0.3],
    ['a trailing point, as while typing "5.5"', 'price', '5.', 5],
    ['a minus sign, left for the range check to refuse', 'count', '-5', -5],
    ['a typographic minus sign', 'price', '−0.5', -0.5],
    ['a minus sign after the dollar sign', 'price', '$-2', -2],
    ['a fraction in a count, left for the whole-number check', 'count', '2.5', 2.5],
    ['a decimal number of billions', 'decimal', '6.7', 6.7],
    ['a dollar sign after a price', 'price', '0.30$', 0.3],
    ['a dollar sign after a price, with a space', 'price', '0.30 $', 0.3],
    ['a dollar sign before a price, with a space', 'price', '$ 0.30', 0.3],
    ['a minus sign before a price with its dollar sign after', 'price', '-2$', -2],
  ])('accepts %s', (_name, kind, text, value) => {
    expect(readNumberText(text, kind)).toEqual({ ok: true, value });
  });

  // The quiz's answers name their unit; it may stand before or after the number, as may a price's dollar sign.
  it.each<[string, NumberKind, string, string, number]>([
    ['the unit after the number', 'price', 'USD', '2055 USD', 2055],
    ['the unit before the number', 'price', 'USD', 'USD 2055', 2055],
    ['the unit in lower case, without a space', 'price', 'USD', '2055usd', 2055],
    ['a dollar sign after and the unit', 'price', 'USD', '2055$ USD', 2055],
    ['another unit after a decimal number', 'decimal', 'ms', '150.5 ms', 150.5],
    ['another unit before a negative number', 'decimal', 'ms', 'ms -3', -3],
    ['a unit of one sign', 'decimal', '%', '12.5%', 12.5],
  ])('accepts %s', (_name, kind, unit, text, value) => {
    expect(readNumberText(text, kind, '42', unit)).toEqual({ ok: true, value });
  });

  // Every kind of bad input a field can get, and the exact message that names what is wrong with it.
  it.each<[string, NumberKind, string, string]>([
    ['an empty field', 'count', '', 'This field is empty: enter a number, for example 200.'],
    ['only spaces', 'price', '   ', 'This field is empty: enter a number, for example 0.30.'],
    ['a decimal comma in a price', 'price', '0,30', 'Use a point for decimals: 0.30.'],
    ['a decimal comma after a whole number of dollars', 'price', '2,5', 'Use a point for decimals: 2.5.'],
    ['a decimal comma in a count', 'count', '1,5', 'Use a whole number: a comma goes only between groups of three digits, as in 10,000.'],
    ['a first thousands group of 0', 'price', '0,300', 'Use a point for decimals: 0.300.'],
    ['points for thousands and a comma for decimals', 'price', '1.000,50', 'Use a point for decimals, and no other separator: 1000.50.'],
    ['commas in uneven groups', 'count', '1,00,000', 'Put commas only between groups of three digits, as in 10,000, or leave them out.'],
    ['two decimal points', 'price', '1.2.3', 'Use one decimal point at most, for example 0.30.'],
    ['a lone point', 'price', '.', 'Add digits: for example 0.30.'],
    ['a lone minus sign', 'count', '-', 'Add digits: for example 200.'],
    ['words', 'count', 'ten thousand', 'Use digits, not letters: for example 200.'],
    ['a word', 'price', 'five', 'Use digits, not letters: for example 0.30.'],
    ['Infinity', 'count', 'Infinity', 'Use digits, not letters: for example 200.'],
    ['hexadecimal', 'count', '0x10', 'Use digits, not letters: for example 200.'],
    ['exponent notation', 'count', '1e6', 'Write the number out in full, without “e”: for example 1000000, not 1e6.'],
    ['two numbers', 'count', '100 200', 'Enter one number, without spaces: for example 10000.'],
    ['a space as a thousands separator', 'count', '10 000', 'Enter one number, without spaces: for example 10000.'],
    ['a dollar sign on a count', 'count', '$100', 'Leave out the dollar sign: this field is a count, not a price.'],
    ['a dollar sign on a decimal number', 'decimal', '$6.7', 'Leave out the dollar sign: this field is a number, not a price.'],
    ['a decimal comma in a decimal number', 'decimal', '6,7', 'Use a point for decimals: 6.7.'],
    ['a letter in a decimal number', 'decimal', '7B', 'Use digits, not letters: for example 6.7.'],
    ['a stray sign in a decimal number', 'decimal', '6.7%', 'Remove “%”: a number here has only digits and a decimal point, for example 6.7.'],
    [
      'another currency sign',
      'price',
      '€5',
      'Remove “€”: a number here has only digits and a decimal point, with a dollar sign before or after it, for example 0.30.',
    ],
    ['two dollar signs', 'price', '$5$', 'Use one dollar sign at most, before or after the number: $0.30 or 0.30$.'],
    ['two dollar signs before', 'price', '$$5', 'Use one dollar sign at most, before or after the number: $0.30 or 0.30$.'],
    ['two minus signs', 'count', '--5', 'Use one minus sign at most, for example -5.'],
    ['a dollar sign after a count', 'count', '100$', 'Leave out the dollar sign: this field is a count, not a price.'],
    ['a lone dollar sign', 'price', '$', 'Add digits: for example 0.30.'],
    [
      'a minus sign after the number',
      'price',
      '5-',
      'Remove “-”: a number here has only digits and a decimal point, with a dollar sign before or after it, for example 0.30.',
    ],
    ['a percent sign', 'count', '50%', 'Remove “%”: a number here has only digits, for example 200.'],
    [
      'pasted markup',
      'price',
      '<>()',
      'Remove “<”, “>”, “(”: a number here has only digits and a decimal point, with a dollar sign before or after it, for example 0.30.',
    ],
    ['a minus sign inside', 'count', '5-3', 'Remove “-”: a number here has only digits, for example 200.'],
    ['a paste longer than any number', 'count', '1'.repeat(41), 'That is too long for a number (over 40 characters): enter one, for example 200.'],
  ])('rejects %s, naming the problem', (_name, kind, text, error) => {
    expect(readNumberText(text, kind)).toEqual({ ok: false, error });
  });

  it.each<[string, NumberKind, string, string, string]>([
    [
      'a stray sign in a price with a unit',
      'price',
      'USD',
      '2055%',
      'Remove “%”: a number here has only digits and a decimal point, with a dollar sign or “USD” before or after it, for example 42.',
    ],
    [
      'a stray sign in a number with a unit',
      'decimal',
      'ms',
      '150#',
      'Remove “#”: a number here has only digits and a decimal point, with “ms” before or after it, for example 42.',
    ],
    [
      'a stray sign in a count with a unit',
      'count',
      'tokens',
      '#5 tokens',
      'Remove “#”: a number here has only digits, with “tokens” before or after it, for example 42.',
    ],
    ['a dollar sign before a number in another unit', 'decimal', 'ms', '$150', 'Leave out the dollar sign: this number is in ms, not dollars.'],
    ['a dollar sign after a number in another unit', 'decimal', 'ms', '150$ ms', 'Leave out the dollar sign: this number is in ms, not dollars.'],
    ['the unit alone', 'price', 'USD', 'USD', 'Add digits: for example 42.'],
    [
      'a percent sign where the unit is not percent',
      'decimal',
      'ms',
      '5%',
      'Remove “%”: a number here has only digits and a decimal point, with “ms” before or after it, for example 42.',
    ],
    ['the unit on both sides', 'price', 'USD', 'USD 5 USD', 'Use digits, not letters: for example 42.'],
    ['another unit', 'decimal', 'ms', '150 s', 'Use digits, not letters: for example 42.'],
  ])('rejects %s, naming what the field takes', (_name, kind, unit, text, error) => {
    expect(readNumberText(text, kind, '42', unit)).toEqual({ ok: false, error });
  });
});

describe('reading hostile text', () => {
  it.each<NumberKind>(['count', 'price', 'decimal'])('never throws, and gives a finite number or a message, for every hostile %s', (kind) => {
    const failures = checkProperty(HOSTILE_INPUTS, (text) => {
      const result = readNumberText(text, kind);
      return result.ok ? Number.isFinite(result.value) || `read as ${result.value}` : result.error.length > 0;
    });
    expect(failures).toEqual([]);
  });

  it('never throws, and gives a finite number or a message, for every hostile text with a unit around it', () => {
    const failures = checkProperty(
      HOSTILE_INPUTS.flatMap((text) => [`${text} USD`, `USD${text}`, `${text}$`]),
      (text) => {
        const result = readNumberText(text, 'price', '42', 'USD');
        return result.ok ? Number.isFinite(result.value) || `read as ${result.value}` : result.error.length > 0;
      },
    );
    expect(failures).toEqual([]);
  });
});
