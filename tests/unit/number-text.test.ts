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
  ])('accepts %s', (_name, kind, text, value) => {
    expect(readNumberText(text, kind)).toEqual({ ok: true, value });
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
    ['another currency sign', 'price', '€5', 'Remove “€”: a number here has only digits and a decimal point, for example 0.30.'],
    ['a percent sign', 'count', '50%', 'Remove “%”: a number here has only digits, for example 200.'],
    ['pasted markup', 'price', '<>()', 'Remove “<”, “>”, “(”: a number here has only digits and a decimal point, for example 0.30.'],
    ['a minus sign inside', 'count', '5-3', 'Remove “-”: a number here has only digits, for example 200.'],
    ['a paste longer than any number', 'count', '1'.repeat(41), 'That is too long for a number (over 40 characters): enter one, for example 200.'],
  ])('rejects %s, naming the problem', (_name, kind, text, error) => {
    expect(readNumberText(text, kind)).toEqual({ ok: false, error });
  });
});

describe('reading hostile text', () => {
  it.each<NumberKind>(['count', 'price'])('never throws, and gives a finite number or a message, for every hostile %s', (kind) => {
    const failures = checkProperty(HOSTILE_INPUTS, (text) => {
      const result = readNumberText(text, kind);
      return result.ok ? Number.isFinite(result.value) || `read as ${result.value}` : result.error.length > 0;
    });
    expect(failures).toEqual([]);
  });
});
