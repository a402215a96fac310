import { analyseCosts, LESSON_SCENARIO, type CostAnalysis, type CostScenario } from './cost';
import { countSchema, firstError, priceSchema } from '../schemas/cost-inputs';

/** Every number a learner can change in the calculator, in the order the form shows them. */
export const FIELD_KEYS = [
  'dailyRequests',
  'tokensPerRequest',
  'outputTokensPerRequest',
  'largePromptTokens',
  'largeInputPrice',
  'largeOutputPrice',
  'fineTunedPromptTokens',
  'fineTunedInputPrice',
  'fineTunedOutputPrice',
  'trainingExamples',
  'tokensPerExample',
  'epochs',
  'trainingPrice',
  'paybackDays',
] as const;

/** One field of the calculator. */
export type FieldKey = (typeof FIELD_KEYS)[number];
/** A valid number for every field. */
export type CalculatorValues = Record<FieldKey, number>;
/** What is typed in every field, valid or not. */
export type RawInputs = Record<FieldKey, string>;

/** How a field is named in the URL and what it accepts. */
export interface FieldSpec {
  /** Query parameter in a shared link. */
  param: string;
  kind: 'count' | 'price';
  min: number;
  max: number;
}

const count = (param: string, max: number, min = 0): FieldSpec => ({ param, kind: 'count', min, max });
const price = (param: string): FieldSpec => ({ param, kind: 'price', min: 0, max: 1_000 });

/** Limits are generous for real use and stop at sizes no real workload has, so no result can overflow. */
export const FIELDS: Record<FieldKey, FieldSpec> = {
  dailyRequests: count('requests', 1_000_000_000),
  tokensPerRequest: count('tokens', 2_000_000),
  outputTokensPerRequest: count('output', 2_000_000),
  largePromptTokens: count('large_prompt', 2_000_000),
  largeInputPrice: price('large_in'),
  largeOutputPrice: price('large_out'),
  fineTunedPromptTokens: count('ft_prompt', 2_000_000),
  fineTunedInputPrice: price('ft_in'),
  fineTunedOutputPrice: price('ft_out'),
  trainingExamples: count('examples', 10_000_000),
  tokensPerExample: count('example_tokens', 2_000_000),
  epochs: count('epochs', 100, 1),
  trainingPrice: price('train_price'),
  paybackDays: count('payback', 3_650, 1),
};

/** The calculator's numbers for a scenario. */
export function valuesFromScenario(s: CostScenario): CalculatorValues {
  return {
    dailyRequests: s.dailyRequests,
    tokensPerRequest: s.tokensPerRequest,
    outputTokensPerRequest: s.outputTokensPerRequest,
    largePromptTokens: s.large.systemPromptTokens,
    largeInputPrice: s.large.pricePerMillionInput,
    largeOutputPrice: s.large.pricePerMillionOutput,
    fineTunedPromptTokens: s.fineTuned.systemPromptTokens,
    fineTunedInputPrice: s.fineTuned.pricePerMillionInput,
    fineTunedOutputPrice: s.fineTuned.pricePerMillionOutput,
    trainingExamples: s.training.examples,
    tokensPerExample: s.training.tokensPerExample,
    epochs: s.training.epochs,
    trainingPrice: s.training.pricePerMillion,
    paybackDays: s.paybackDays,
  };
}

/** The scenario the cost model needs, from the calculator's numbers (labels and month length from the lesson). */
export function scenarioFromValues(v: CalculatorValues): CostScenario {
  const { large, fineTuned } = LESSON_SCENARIO;
  return {
    dailyRequests: v.dailyRequests,
    tokensPerRequest: v.tokensPerRequest,
    outputTokensPerRequest: v.outputTokensPerRequest,
    daysPerMonth: LESSON_SCENARIO.daysPerMonth,
    paybackDays: v.paybackDays,
    large: { ...large, systemPromptTokens: v.largePromptTokens, pricePerMillionInput: v.largeInputPrice, pricePerMillionOutput: v.largeOutputPrice },
    fineTuned: {
      ...fineTuned,
      systemPromptTokens: v.fineTunedPromptTokens,
      pricePerMillionInput: v.fineTunedInputPrice,
      pricePerMillionOutput: v.fineTunedOutputPrice,
    },
    training: { examples: v.trainingExamples, tokensPerExample: v.tokensPerExample, epochs: v.epochs, pricePerMillion: v.trainingPrice },
  };
}

/** The lesson's scenario as calculator numbers: what the page shows first and what Reset returns to. */
export const DEFAULT_VALUES: CalculatorValues = valuesFromScenario(LESSON_SCENARIO);

// Digits with an optional decimal part; thousands commas only in proper groups ("10,000"), so "1,5" is never read as 15.
const NUMBER_TEXT = /^-?\$?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** The outcome of reading one field. */
export type FieldResult = { ok: true; value: number } | { ok: false; error: string };

/** Reads what a learner typed (or a link carried) into a field; every rejection comes with a message to show. */
export function parseField(key: FieldKey, raw: string): FieldResult {
  const spec = FIELDS[key];
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'This field is empty: enter a number.' };
  const example = spec.kind === 'price' ? '0.30' : '200';
  const allowed = text.length <= 40 && NUMBER_TEXT.test(text) && /\d/.test(text) && (spec.kind === 'price' || !text.includes('$'));
  if (!allowed) return { ok: false, error: `Enter digits only, for example ${example}.` };
  const value = Number(text.replace(/[$,]/g, ''));
  const schema = spec.kind === 'price' ? priceSchema(spec.max) : countSchema(spec.min, spec.max);
  const error = firstError(schema, value);
  return error === null ? { ok: true, value } : { ok: false, error };
}

/** How a valid number is written back into its field: "10000", "5.00", "0.075". */
export function fieldText(key: FieldKey, value: number): string {
  if (FIELDS[key].kind === 'count') return String(value);
  const decimals = (String(value).split('.')[1] ?? '').length;
  return decimals < 2 ? value.toFixed(2) : String(value);
}

/** The text of every field for a set of numbers. */
export function rawFromValues(v: CalculatorValues): RawInputs {
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, fieldText(k, v[k])])) as RawInputs;
}

/** Everything the calculator shows for what is typed: per-field errors, and results only when every field is valid. */
export interface CalculatorState {
  errors: Partial<Record<FieldKey, string>>;
  values: CalculatorValues | null;
  analysis: CostAnalysis | null;
}

/** Validates every field; results are computed only when all of them are valid, so nothing stale or NaN is shown. */
export function evaluateInputs(raw: RawInputs): CalculatorState {
  const errors: Partial<Record<FieldKey, string>> = {};
  const values = { ...DEFAULT_VALUES };
  for (const key of FIELD_KEYS) {
    const result = parseField(key, raw[key]);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.error;
  }
  if (Object.keys(errors).length > 0) return { errors, values: null, analysis: null };
  return { errors, values, analysis: analyseCosts(scenarioFromValues(values)) };
}

/** A scenario read from a shared link: each bad or missing field falls back to the default, and is listed. */
export function readQuery(search: string): { raw: RawInputs; rejected: FieldKey[] } {
  const params = new URLSearchParams(search);
  const raw = rawFromValues(DEFAULT_VALUES);
  const rejected: FieldKey[] = [];
  for (const key of FIELD_KEYS) {
    const given = params.get(FIELDS[key].param);
    if (given === null) continue;
    const result = parseField(key, given);
    if (result.ok) raw[key] = fieldText(key, result.value);
    else rejected.push(key);
  }
  return { raw, rejected };
}

/** The query string for a scenario: only fields that differ from the lesson's, other parameters kept as they were. */
export function writeQuery(currentSearch: string, v: CalculatorValues): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of FIELD_KEYS) {
    if (v[key] === DEFAULT_VALUES[key]) params.delete(FIELDS[key].param);
    else params.set(FIELDS[key].param, String(v[key]));
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
