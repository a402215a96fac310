import { analyseCosts, LESSON_SCENARIO, type CostAnalysis, type CostScenario } from './cost';
import { countSchema, firstError, priceSchema } from '../schemas/cost-inputs';
import { readNumberText, type TextResult } from './number-text';

/** How a field is named in the URL, what it accepts, and where it sits in the cost model's scenario. */
export interface FieldSpec {
  /** Query parameter in a shared link. */
  param: string;
  kind: 'count' | 'price';
  min: number;
  max: number;
  /** The field's place in a CostScenario: a property, or a group and a property. */
  at: readonly [string] | readonly [string, string];
}

type Place = FieldSpec['at'];
const count = (param: string, at: Place, max: number, min = 0): FieldSpec => ({ param, kind: 'count', min, max, at });
const price = (param: string, at: Place): FieldSpec => ({ param, kind: 'price', min: 0, max: 1_000, at });

/**
 * Every number a learner can change in the calculator, in the order the form shows them. Limits are generous for real
 * use and stop at sizes no real workload has, so no result can overflow.
 */
export const FIELDS = {
  dailyRequests: count('requests', ['dailyRequests'], 1_000_000_000),
  tokensPerRequest: count('tokens', ['tokensPerRequest'], 2_000_000),
  outputTokensPerRequest: count('output', ['outputTokensPerRequest'], 2_000_000),
  largePromptTokens: count('large_prompt', ['large', 'systemPromptTokens'], 2_000_000),
  largeInputPrice: price('large_in', ['large', 'pricePerMillionInput']),
  largeOutputPrice: price('large_out', ['large', 'pricePerMillionOutput']),
  fineTunedPromptTokens: count('ft_prompt', ['fineTuned', 'systemPromptTokens'], 2_000_000),
  fineTunedInputPrice: price('ft_in', ['fineTuned', 'pricePerMillionInput']),
  fineTunedOutputPrice: price('ft_out', ['fineTuned', 'pricePerMillionOutput']),
  trainingExamples: count('examples', ['training', 'examples'], 10_000_000),
  tokensPerExample: count('example_tokens', ['training', 'tokensPerExample'], 2_000_000),
  epochs: count('epochs', ['training', 'epochs'], 100, 1),
  trainingPrice: price('train_price', ['training', 'pricePerMillion']),
  paybackDays: count('payback', ['paybackDays'], 3_650, 1),
} satisfies Record<string, FieldSpec>;

/** One field of the calculator. */
export type FieldKey = keyof typeof FIELDS;
/** The fields in the order the form shows them. */
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];
/** A valid number for every field. */
export type CalculatorValues = Record<FieldKey, number>;
/** What is typed in every field, valid or not. */
export type RawInputs = Record<FieldKey, string>;

type Groups = Record<string, Record<string, number>>;

/** The calculator's numbers for a scenario. */
export function valuesFromScenario(s: CostScenario): CalculatorValues {
  const read = ([group, key]: Place) =>
    key === undefined ? (s as unknown as Record<string, number>)[group] : (s as unknown as Groups)[group]?.[key];
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, read(FIELDS[k].at)])) as CalculatorValues;
}

/** The scenario the cost model needs, from the calculator's numbers (labels and month length from the lesson). */
export function scenarioFromValues(v: CalculatorValues): CostScenario {
  const s = structuredClone(LESSON_SCENARIO);
  for (const k of FIELD_KEYS) {
    const [group, key] = FIELDS[k].at;
    if (key === undefined) (s as unknown as Record<string, number>)[group] = v[k];
    else (s as unknown as Groups)[group]![key] = v[k];
  }
  return s;
}

/** The lesson's scenario as calculator numbers: what the page shows first and what Reset returns to. */
export const DEFAULT_VALUES: CalculatorValues = valuesFromScenario(LESSON_SCENARIO);

/** Reads what a learner typed (or a link carried) into a field; every rejection comes with a message naming the problem. */
export function parseField(key: FieldKey, raw: string): TextResult {
  const spec = FIELDS[key];
  const read = readNumberText(raw, spec.kind);
  if (!read.ok) return read;
  const schema = spec.kind === 'price' ? priceSchema(spec.max) : countSchema(spec.min, spec.max);
  const error = firstError(schema, read.value);
  return error === null ? read : { ok: false, error };
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

/** The figures on screen: the current ones, or while a field is invalid the last valid ones, marked as not current. */
export interface ShownResults {
  values: CalculatorValues;
  analysis: CostAnalysis;
  current: boolean;
}

/** The lesson's figures, shown first and kept until the learner's numbers are valid. */
export const LESSON_RESULTS: ShownResults = { values: DEFAULT_VALUES, analysis: analyseCosts(LESSON_SCENARIO), current: true };

/** What the results show for this state: its own figures when every field is valid, else the last ones shown, kept but marked. */
export function resultsToShow(state: CalculatorState, last: ShownResults): ShownResults {
  return state.values && state.analysis ? { values: state.values, analysis: state.analysis, current: true } : { ...last, current: false };
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
