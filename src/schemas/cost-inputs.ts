// The rules of the widgets' number fields, as plain functions: they ship to the browser with the calculator and the LoRA
// widget, and a range, a kind and a message each need no schema library (zod would add 6.8 KB gzipped to every lesson
// with a widget). Each rule reports what zod reported: the first of wrong kind, too small, too large, and its own check.

const plain = new Intl.NumberFormat('en-US');
const tooLarge = (max: number) => `That is more than this calculator handles: use ${plain.format(max)} or less.`;

/** A rule for one input: the message for the first thing wrong with a value, or null when the value is valid. */
export type Rule = (value: unknown) => string | null;

/** What a number rule says for each way to miss it: not a number, below its minimum, above its maximum, not fitting. */
export interface NumberMessages {
  invalid_type: string;
  too_small: string;
  too_big: string;
  custom: string;
}

/** A number from min to max that `fits`, with a message for each rule, checked in that order. */
export const boundedNumber =
  (min: number, max: number, fits: (v: number) => boolean, messages: NumberMessages): Rule =>
  (v) =>
    typeof v !== 'number' || !Number.isFinite(v)
      ? messages.invalid_type
      : v < min
        ? messages.too_small
        : v > max
          ? messages.too_big
          : fits(v)
            ? null
            : messages.custom;

/** A whole number of things (requests, tokens, examples, days) between min and max, with a message for each rule. */
export const countSchema = (min: number, max: number) =>
  boundedNumber(min, max, Number.isInteger, {
    invalid_type: 'Enter a number, for example 200.',
    too_small: min === 0 ? 'Use 0 or more: this cannot be negative.' : `Use ${plain.format(min)} or more.`,
    too_big: tooLarge(max),
    custom: 'Use a whole number, without decimals.',
  });

/** A price in US dollars per million tokens: 0 or more, at most max, to a millionth of a dollar at most. */
export const priceSchema = (max: number) =>
  boundedNumber(0, max, (v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-6, {
    invalid_type: 'Enter a price, for example 0.30.',
    too_small: 'A price cannot be negative: use 0 or more.',
    too_big: tooLarge(max),
    custom: 'Use at most six decimal places, for example 0.075.',
  });

/** The first friendly message for a value a rule rejects, or null when it is valid. */
export function firstError(rule: Rule, value: unknown): string | null {
  return rule(value);
}
