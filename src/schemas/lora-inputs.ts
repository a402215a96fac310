import * as z from 'zod/mini';
import { PROJECTIONS } from '../lib/lora.ts';
import { bounded } from './cost-inputs.ts';

// zod/mini, as the calculator's schemas: these ship to the browser with the LoRA widget. The whole-number fields reuse
// the calculator's countSchema (src/schemas/cost-inputs.ts), so the same mistake gets the same message in both widgets.

const plain = new Intl.NumberFormat('en-US');

/** The rank: a whole number from 1 to `max`; when the hidden size is known, `max` is it and the message says so. */
export const rankSchema = (max: number, hiddenKnown: boolean) =>
  bounded(1, max, Number.isInteger, {
    invalid_type: 'Enter a rank, for example 8.',
    too_small: 'Use a rank of 1 or more.',
    // Without a valid hidden size, the limit is the calculator's own and the message is every field's.
    ...(hiddenKnown && {
      too_big: `The rank can be at most the hidden size, ${plain.format(max)}: LoRA's update is meant to be much smaller than the matrix.`,
    }),
    custom: 'Use a whole number, without decimals.',
  });

/** The base model's size in billions of parameters: from a million (0.001) to `max`, to a million parameters at most. */
export const billionsSchema = (max: number) =>
  bounded(0.001, max, (v) => Math.abs(v * 1_000 - Math.round(v * 1_000)) < 1e-6, {
    invalid_type: 'Enter a size in billions of parameters, for example 6.7.',
    too_small: 'A model needs at least a million parameters here: use 0.001 or more.',
    too_big: `That is more than this calculator handles: use ${plain.format(max)} (billion) or less.`,
    custom: 'Use at most three decimal places, for example 6.738.',
  });

// Only checks other schemas in the bundle already use (refine, not regex or minLength): zod/mini's shared chunk loads
// with every quiz and the calculator, so a check only this widget used would weigh on every lesson.

/** The adapted projections as a link writes them, e.g. "qv": each of q, k, v, o at most once. */
export const projectionsParamSchema = z.string({ error: 'Write the matrices as letters, for example qv.' }).check(
  z.refine((s) => /^[qkvo]{1,4}$/.test(s), { error: 'Use the letters q, k, v and o, each at most once.' }),
  z.refine((s) => new Set(s).size === s.length, { error: 'Use each of q, k, v and o at most once.' }),
);

/** The adapted projections as the form holds them: at least one. */
export const projectionsSchema = z
  .array(z.enum(PROJECTIONS, { error: 'Choose from query, key, value and output.' }), { error: 'Choose the matrices to adapt.' })
  .check(z.refine((ticked) => ticked.length > 0, { error: 'Choose at least one matrix to adapt: with none, LoRA trains nothing.' }));
