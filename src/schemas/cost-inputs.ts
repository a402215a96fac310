import * as z from 'zod/mini';
import { errorMap, type Messages } from './errors.ts';

// zod/mini rather than astro/zod: these schemas ship to the browser with the calculator, and the mini build tree-shakes
// to a few kilobytes where the classic one brings its whole locale table.

const plain = new Intl.NumberFormat('en-US');
const tooLarge = (max: number) => `That is more than this calculator handles: use ${plain.format(max)} or less.`;

/** A number from min to max that `fits`, with a message for each rule; the messages speak to the learner, not to an author. */
export const bounded = (min: number, max: number, fits: (v: number) => boolean, messages: Messages) =>
  z.number({ error: errorMap({ too_big: tooLarge(max), ...messages }) }).check(z.gte(min), z.lte(max), z.refine(fits));

/** A whole number of things (requests, tokens, examples, days) between min and max, with a message for each rule. */
export const countSchema = (min: number, max: number) =>
  bounded(min, max, Number.isInteger, {
    invalid_type: 'Enter a number, for example 200.',
    too_small: min === 0 ? 'Use 0 or more: this cannot be negative.' : `Use ${plain.format(min)} or more.`,
    custom: 'Use a whole number, without decimals.',
  });

/** A price in US dollars per million tokens: 0 or more, at most max, to a millionth of a dollar at most. */
export const priceSchema = (max: number) =>
  bounded(0, max, (v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-6, {
    invalid_type: 'Enter a price, for example 0.30.',
    too_small: 'A price cannot be negative: use 0 or more.',
    custom: 'Use at most six decimal places, for example 0.075.',
  });

/** The first friendly message for a value a schema rejects, or null when it is valid. */
export function firstError(schema: z.ZodMiniType, value: unknown): string | null {
  const result = z.safeParse(schema, value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This value is not valid.');
}
