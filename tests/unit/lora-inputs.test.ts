import { describe, expect, it } from 'vitest';
import { LESSON_SETUP } from '../../src/lib/lora';
import {
  evaluateLora,
  parseLoraField,
  rawFromSetup,
  readLoraQuery,
  writeLoraQuery,
  type LoraFieldKey,
  type LoraRaw,
} from '../../src/lib/lora-inputs';
import { firstError } from '../../src/schemas/cost-inputs';
import { billionsSchema, projectionsParamSchema, projectionsSchema, rankSchema } from '../../src/schemas/lora-inputs';
import { checkProperty, HOSTILE_INPUTS } from '../fuzz/hostile-inputs';

const lesson = rawFromSetup(LESSON_SETUP);
const raw = (over: Partial<LoraRaw>): LoraRaw => ({ ...lesson, ...over });

describe("the LoRA widget's inputs", () => {
  it("computes the lesson's 4,194,304 trainable parameters from the lesson's inputs", () => {
    const state = evaluateLora(lesson);
    expect(state.errors).toEqual({});
    expect(state.result?.trainable).toBe(4_194_304n);
  });

  // [what is typed, field, text, message]: every kind of bad input, each with the message shown beside the field.
  it.each<[string, LoraFieldKey, string, string]>([
    ['an empty hidden size', 'hiddenSize', '', 'This field is empty: enter a number, for example 200.'],
    ['a negative layer count', 'layers', '-32', 'Use 1 or more.'],
    ['zero layers', 'layers', '0', 'Use 1 or more.'],
    ['a huge hidden size', 'hiddenSize', '1000000', 'That is more than this calculator handles: use 65,536 or less.'],
    ['too many layers', 'layers', '1001', 'That is more than this calculator handles: use 1,000 or less.'],
    ['a word for the rank', 'rank', 'eight', 'Use digits, not letters: for example 200.'],
    ['exponent notation', 'baseBillions', '1e9', 'Write the number out in full, without “e”: for example 1000000, not 1e6.'],
    ['a fraction of a layer', 'layers', '2.5', 'Use a whole number, without decimals.'],
    [
      'a rank above the hidden size',
      'rank',
      '8192',
      "The rank can be at most the hidden size, 4,096: LoRA's update is meant to be much smaller than the matrix.",
    ],
    ['a rank of 0', 'rank', '0', 'Use a rank of 1 or more.'],
    ['a base model of 0', 'baseBillions', '0', 'A model needs at least a million parameters here: use 0.001 or more.'],
    ['a base model too large', 'baseBillions', '20000', 'That is more than this calculator handles: use 10,000 (billion) or less.'],
    ['a base model to more than a million parameters', 'baseBillions', '6.7385', 'Use at most three decimal places, for example 6.738.'],
    ['a decimal comma in the base model', 'baseBillions', '6,7', 'Use a point for decimals: 6.7.'],
    ['a dollar sign on the base model', 'baseBillions', '$7', 'Leave out the dollar sign: this field is a number, not a price.'],
    ['pasted junk', 'hiddenSize', '<4096>()', 'Remove “<”, “>”, “(”: a number here has only digits, for example 200.'],
  ])('rejects %s with a message that says what to do', (_name, key, text, message) => {
    const state = evaluateLora(raw({ [key]: text }));
    expect(state.errors).toEqual({ [key]: message });
    expect(state.result).toBeNull();
  });

  it('checks the rank against the hidden size typed, and only against the limit while the hidden size is invalid', () => {
    expect(evaluateLora(raw({ hiddenSize: '16', rank: '16' })).result?.trainable).toBe(32n * 2n * 16n * 32n);
    expect(evaluateLora(raw({ hiddenSize: 'x', rank: '8192' })).errors).toEqual({ hiddenSize: 'Use digits, not letters: for example 200.' });
    expect(parseLoraField('rank', '70000')).toEqual({ ok: false, error: 'That is more than this calculator handles: use 65,536 or less.' });
  });

  it('asks for at least one matrix, and counts the ticked ones in any order once', () => {
    expect(evaluateLora(raw({ projections: [] })).errors).toEqual({
      projections: 'Choose at least one matrix to adapt: with none, LoRA trains nothing.',
    });
    const state = evaluateLora(raw({ projections: ['v', 'q', 'o'] }));
    expect(state.setup?.projections).toEqual(['q', 'v', 'o']);
    expect(state.result?.trainable).toBe(6_291_456n);
  });

  it('accepts thousands commas and spaces around a number', () => {
    expect(evaluateLora(raw({ hiddenSize: ' 8,192 ', rank: '16' })).result?.trainable).toBe(32n * 2n * 16n * 16_384n);
  });

  it('never throws and never computes from any hostile text in any field', () => {
    for (const key of ['hiddenSize', 'layers', 'rank', 'baseBillions'] as const) {
      const failures = checkProperty(HOSTILE_INPUTS, (text) => {
        const state = evaluateLora(raw({ [key]: text }));
        // A valid hidden size of "5." can still leave the rank's 8 too large: the message then sits on the rank.
        const messages = Object.values(state.errors);
        return state.result ? state.result.trainable > 0n : messages.length > 0 && messages.every((m) => /\.$/.test(m));
      });
      expect(failures, key).toEqual([]);
    }
  });
});

describe("the LoRA widget's schemas", () => {
  // [schema, value, message]: every rule has its own words, including the kinds of value only code could pass.
  it.each<[string, Parameters<typeof firstError>[0], unknown, string | null]>([
    ['rank, not a number', rankSchema(4_096, true), 'x', 'Enter a rank, for example 8.'],
    ['rank, a fraction', rankSchema(4_096, true), 2.5, 'Use a whole number, without decimals.'],
    ['rank, at the hidden size', rankSchema(4_096, true), 4_096, null],
    ['base size, not a number', billionsSchema(10_000), null, 'Enter a size in billions of parameters, for example 6.7.'],
    ['base size, to a million parameters', billionsSchema(10_000), 6.738, null],
    ['matrices in a link, not text', projectionsParamSchema, 5, 'Write the matrices as letters, for example qv.'],
    ['matrices in a link, other letters', projectionsParamSchema, 'qx', 'Use the letters q, k, v and o, each at most once.'],
    ['matrices in a link, a letter twice', projectionsParamSchema, 'vqv', 'Use each of q, k, v and o at most once.'],
    ['matrices in a link, all four', projectionsParamSchema, 'okvq', null],
    ['ticked matrices, not a list', projectionsSchema, 'qv', 'Choose the matrices to adapt.'],
    ['ticked matrices, an unknown one', projectionsSchema, ['q', 'mlp'], 'Choose from query, key, value and output.'],
  ])('%s', (_name, schema, value, message) => {
    expect(firstError(schema, value)).toBe(message);
  });
});

describe("the LoRA widget's state in the page address", () => {
  it('writes only what differs from the lesson, keeps other parameters, and reads it back', () => {
    const setup = { ...LESSON_SETUP, rank: 16, projections: ['q', 'k', 'v', 'o'] as const };
    const query = writeLoraQuery('?approach=yes', setup);
    expect(query).toBe('?approach=yes&r=16&m=qkvo');
    expect(readLoraQuery(query)).toEqual({ raw: { ...lesson, rank: '16', projections: ['q', 'k', 'v', 'o'] }, rejected: [] });
    expect(writeLoraQuery('?r=16', LESSON_SETUP)).toBe('');
  });

  it('reads a full link, normalizing what it can', () => {
    expect(readLoraQuery('?d=8192&layers=80&r=16&m=vq&base=70').raw).toEqual({
      hiddenSize: '8192',
      layers: '80',
      rank: '16',
      baseBillions: '70',
      projections: ['q', 'v'],
    });
  });

  // [what is wrong with the link, its query, the inputs that fall back to the lesson's]
  it.each<[string, string, string[]]>([
    ['tampered numbers', '?d=abc&layers=-1&r=1e3&base=%3Cscript%3E', ['hiddenSize', 'layers', 'rank', 'baseBillions']],
    ['markup in the matrices', '?m=%3Cimg%20src%3Dx%3E', ['projections']],
    ['a repeated matrix', '?m=qq', ['projections']],
    ['no matrix at all', '?m=', ['projections']],
    ['a rank larger than the hidden size it gives (an outdated or edited link)', '?d=64&r=128', ['hiddenSize', 'rank']],
    ['a hidden size smaller than the default rank', '?d=4', ['hiddenSize']],
    ['limits wider than today’s', '?layers=5000&d=131072', ['hiddenSize', 'layers']],
    ['a corrupt encoding', '?r=%E0%A4%A&d=%', ['hiddenSize', 'rank']],
  ])('falls back for %s and lists them', (_name, query, rejected) => {
    const read = readLoraQuery(query);
    expect([...read.rejected].sort()).toEqual([...rejected].sort());
    expect(evaluateLora(read.raw).errors).toEqual({});
    for (const key of rejected.filter((k) => k !== 'projections')) expect(read.raw[key as LoraFieldKey]).toBe(lesson[key as LoraFieldKey]);
  });

  it('ignores parameters it does not know', () => {
    expect(readLoraQuery('?rank=99&requests=5')).toEqual({ raw: lesson, rejected: [] });
  });
});
