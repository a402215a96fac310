import * as z from 'zod/mini';

// zod/mini rather than astro/zod: these schemas ship to the browser with the calculator, and the mini build tree-shakes
// to a few kilobytes where the classic one brings its whole locale table.

const plain = new Intl.NumberFormat('en-US');
const tooLarge = (max: number) => `That is more than this calculator handles: use ${plain.format(max)} or less.`;

/** A whole number of things (requests, tokens, examples, days) between min and max, with a message for each rule. */
export function countSchema(min: number, max: number) {
  return z.number({ error: 'Enter a number, for example 200.' }).check(
    z.gte(min, { error: min === 0 ? 'Use 0 or more: this cannot be negative.' : `Use ${plain.format(min)} or more.` }),
    z.lte(max, { error: tooLarge(max) }),
    z.refine((v: number) => Number.isInteger(v), { error: 'Use a whole number, without decimals.' }),
  );
}

/** A price in US dollars per million tokens: 0 or more, at most max, to a millionth of a dollar at most. */
export function priceSchema(max: number) {
  return z.number({ error: 'Enter a price, for example 0.30.' }).check(
    z.gte(0, { error: 'A price cannot be negative: use 0 or more.' }),
    z.lte(max, { error: tooLarge(max) }),
    z.refine((v: number) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-6, {
      error: 'Use at most six decimal places, for example 0.075.',
    }),
  );
}

/** The first friendly message for a value a schema rejects, or null when it is valid. */
export function firstError(schema: z.ZodMiniType, value: unknown): string | null {
  const result = z.safeParse(schema, value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This value is not valid.');
}
