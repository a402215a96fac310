import { PROJECTIONS, type Projection } from '../lib/lora.ts';
import { boundedNumber, type Rule } from './cost-inputs.ts';

// Plain rules, as the calculator's (src/schemas/cost-inputs.ts): these ship to the browser with the LoRA widget. The
// whole-number fields reuse the calculator's countSchema, so the same mistake gets the same message in both widgets.

const plain = new Intl.NumberFormat('en-US');

/** The rank: a whole number from 1 to `max`; when the hidden size is known, `max` is it and the message says so. */
export const rankSchema = (max: number, hiddenKnown: boolean) =>
  boundedNumber(1, max, Number.isInteger, {
    invalid_type: 'Enter a rank, for example 8.',
    too_small: 'Use a rank of 1 or more.',
    too_big: hiddenKnown
      ? `The rank can be at most the hidden size, ${plain.format(max)}: LoRA's update is meant to be much smaller than the matrix.`
      : `That is more than this calculator handles: use ${plain.format(max)} or less.`,
    custom: 'Use a whole number, without decimals.',
  });

/** The base model's size in billions of parameters: from a million (0.001) to `max`, to a million parameters at most. */
export const billionsSchema = (max: number) =>
  boundedNumber(0.001, max, (v) => Math.abs(v * 1_000 - Math.round(v * 1_000)) < 1e-6, {
    invalid_type: 'Enter a size in billions of parameters, for example 6.7.',
    too_small: 'A model needs at least a million parameters here: use 0.001 or more.',
    too_big: `That is more than this calculator handles: use ${plain.format(max)} (billion) or less.`,
    custom: 'Use at most three decimal places, for example 6.738.',
  });

/** The adapted projections as a link writes them, e.g. "qv": each of q, k, v, o at most once. */
export const projectionsParamSchema: Rule = (s) =>
  typeof s !== 'string'
    ? 'Write the matrices as letters, for example qv.'
    : !/^[qkvo]{1,4}$/.test(s)
      ? 'Use the letters q, k, v and o, each at most once.'
      : new Set(s).size !== s.length
        ? 'Use each of q, k, v and o at most once.'
        : null;

/** The adapted projections as the form holds them: at least one. */
export const projectionsSchema: Rule = (ticked) =>
  !Array.isArray(ticked)
    ? 'Choose the matrices to adapt.'
    : ticked.some((p) => !PROJECTIONS.includes(p as Projection))
      ? 'Choose from query, key, value and output.'
      : ticked.length === 0
        ? 'Choose at least one matrix to adapt: with none, LoRA trains nothing.'
        : null;
