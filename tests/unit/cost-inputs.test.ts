import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VALUES,
  evaluateInputs,
  FIELD_KEYS,
  fieldText,
  LESSON_RESULTS,
  parseField,
  rawFromValues,
  readQuery,
  resultsToShow,
  writeQuery,
  type FieldKey,
} from '../../src/lib/cost-inputs';
import { COST_PRESETS } from '../../src/lib/cost-presets';
import { formatMoney } from '../../src/lib/format';

describe('reading a field', () => {
  it.each<[string, FieldKey, string, number]>([
    ['a plain count', 'dailyRequests', '10000', 10_000],
    ['a count with thousands commas', 'dailyRequests', '10,000', 10_000],
    ['a count with spaces around it', 'tokensPerRequest', '  200 ', 200],
    ['zero', 'dailyRequests', '0', 0],
    ['a price with a dollar sign', 'largeInputPrice', '$5.00', 5],
    ['a price with six decimals', 'fineTunedInputPrice', '0.000001', 0.000001],
    ['a price without a leading zero', 'fineTunedInputPrice', '.3', 0.3],
    ['the largest daily volume', 'dailyRequests', '1,000,000,000', 1_000_000_000],
  ])('accepts %s', (_name, key, raw, value) => {
    expect(parseField(key, raw)).toEqual({ ok: true, value });
  });

  it.each<[string, FieldKey, string, RegExp]>([
    ['an empty field', 'dailyRequests', '', /empty/],
    ['only spaces', 'dailyRequests', '   ', /empty/],
    ['a negative count', 'dailyRequests', '-5', /cannot be negative/],
    ['a negative price', 'largeInputPrice', '-0.5', /cannot be negative/],
    ['letters', 'dailyRequests', 'ten thousand', /not letters/],
    ['pasted markup', 'tokensPerRequest', '<img src=x onerror=alert(1)>', /not letters/],
    ['exponent notation', 'dailyRequests', '1e6', /out in full, without “e”/],
    ['hexadecimal', 'dailyRequests', '0x10', /not letters/],
    ['Infinity', 'dailyRequests', 'Infinity', /not letters/],
    ['NaN', 'largeInputPrice', 'NaN', /not letters/],
    ['a lone dot', 'largeInputPrice', '.', /Add digits/],
    ['commas in the wrong places', 'dailyRequests', '1,5', /comma goes only between groups of three digits/],
    ['a dollar sign on a count', 'dailyRequests', '$100', /Leave out the dollar sign/],
    ['two numbers pasted together', 'dailyRequests', '100 200', /without spaces/],
    ['a very long paste', 'dailyRequests', '1'.repeat(41), /too long for a number/],
    ['an absurd daily volume', 'dailyRequests', '10000000000', /more than this calculator handles: use 1,000,000,000 or less/],
    ['an absurd price', 'largeInputPrice', '5000', /use 1,000 or less/],
    ['a fraction of a request', 'dailyRequests', '10.5', /whole number/],
    ['a price finer than a millionth', 'largeInputPrice', '0.0000001', /six decimal places/],
    ['zero epochs', 'epochs', '0', /Use 1 or more/],
    ['a zero-day payback period', 'paybackDays', '0', /Use 1 or more/],
    ['a decimal comma in a price', 'fineTunedInputPrice', '0,30', /^Use a point for decimals: 0\.30\.$/],
    ['a decimal comma in a count, as a fraction', 'dailyRequests', '10000,5', /comma goes only between groups of three digits/],
  ])('rejects %s with a message', (_name, key, raw, message) => {
    const result = parseField(key, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each<[FieldKey, number, string]>([
    ['dailyRequests', 10_000, '10000'],
    ['largeInputPrice', 5, '5.00'],
    ['fineTunedInputPrice', 0.3, '0.30'],
    ['fineTunedInputPrice', 0.075, '0.075'],
  ])('writes %s = %s back as "%s"', (key, value, text) => {
    expect(fieldText(key, value)).toBe(text);
  });
});

describe('the whole form', () => {
  it("computes the lesson's figures from the default text", () => {
    const state = evaluateInputs(rawFromValues(DEFAULT_VALUES));
    expect(state.errors).toEqual({});
    expect(
      state.analysis && [state.analysis.large.daily, state.analysis.fineTuned.daily, state.analysis.inputMonthlySaving].map(formatMoney),
    ).toEqual(['$35.00', '$0.75', '$1,027.50']);
  });

  it('pauses every result while any field is invalid, and names the field', () => {
    const state = evaluateInputs({ ...rawFromValues(DEFAULT_VALUES), tokensPerRequest: 'abc' });
    expect(state.analysis).toBeNull();
    expect(state.values).toBeNull();
    expect(Object.keys(state.errors)).toEqual(['tokensPerRequest']);
  });

  it('keeps the last valid figures on screen, marked as not current, while a field is invalid', () => {
    const busy = evaluateInputs({ ...rawFromValues(DEFAULT_VALUES), dailyRequests: '20000' });
    const shown = resultsToShow(busy, LESSON_RESULTS);
    expect([shown.current, shown.values.dailyRequests]).toEqual([true, 20_000]);
    const broken = resultsToShow(evaluateInputs({ ...rawFromValues(DEFAULT_VALUES), dailyRequests: '20000', epochs: '0,5' }), shown);
    expect(broken).toEqual({ ...shown, current: false });
    expect(resultsToShow(busy, broken)).toEqual(shown);
  });

  it("starts from the lesson's figures", () => {
    expect(LESSON_RESULTS.current).toBe(true);
    expect(formatMoney(LESSON_RESULTS.analysis.inputMonthlySaving)).toBe('$1,027.50');
  });

  it.each(COST_PRESETS.map((p) => [p.label, p] as const))('the "%s" preset is a valid scenario', (_label, preset) => {
    expect(evaluateInputs(rawFromValues(preset.values)).errors).toEqual({});
  });
});

describe('the scenario in the URL', () => {
  it('leaves the URL clean for the default scenario', () => {
    expect(writeQuery('', DEFAULT_VALUES)).toBe('');
  });

  it('writes only the changed fields and keeps unrelated parameters', () => {
    expect(writeQuery('?ref=mail', { ...DEFAULT_VALUES, dailyRequests: 500, largeInputPrice: 2.5 })).toBe('?ref=mail&requests=500&large_in=2.5');
  });

  it.each(COST_PRESETS.map((p) => [p.label, p.values] as const))('round-trips the "%s" preset through a link', (_label, values) => {
    const { raw, rejected } = readQuery(writeQuery('', values));
    expect(rejected).toEqual([]);
    expect(raw).toEqual(rawFromValues(values));
  });

  it('falls back to the default for each tampered field and lists them, keeping the good ones', () => {
    const { raw, rejected } = readQuery('?requests=abc&tokens=300&epochs=-1&large_in=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&ft_in=1e400');
    expect(raw.tokensPerRequest).toBe('300');
    expect(raw.dailyRequests).toBe('10000');
    expect(raw.largeInputPrice).toBe('5.00');
    expect(raw.fineTunedInputPrice).toBe('0.30');
    expect(raw.epochs).toBe('3');
    expect(rejected).toEqual(['dailyRequests', 'largeInputPrice', 'fineTunedInputPrice', 'epochs']);
  });

  it.each(['?requests=%E0%A4%A', '?%', '?requests=1&requests=2', '?=&&==', '?payback=99999999999999999999', `?tokens=${'9'.repeat(5000)}`])(
    'never throws on a malformed query: %s',
    (search) => {
      const { raw } = readQuery(search);
      expect(FIELD_KEYS.every((k) => parseField(k, raw[k]).ok)).toBe(true);
    },
  );
});
