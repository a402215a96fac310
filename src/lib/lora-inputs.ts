import { analyseLora, LESSON_SETUP, PROJECTIONS, type LoraResult, type LoraSetup, type Projection } from './lora';
import { countSchema, firstError } from '../schemas/cost-inputs';
import { billionsSchema, projectionsParamSchema, projectionsSchema, rankSchema } from '../schemas/lora-inputs';
import { readNumberText, type NumberKind, type TextResult } from './number-text';

/** How a typed field of the LoRA widget is named in the URL, what it accepts and its limits. */
export interface LoraFieldSpec {
  param: string;
  kind: NumberKind;
  max: number;
}

/**
 * The typed fields, in the form's order. The limits stop at sizes no real model has (the largest published hidden sizes
 * are in the tens of thousands), so every count stays exact and the page never has to show an absurd figure.
 */
export const LORA_FIELDS = {
  hiddenSize: { param: 'd', kind: 'count', max: 65_536 },
  layers: { param: 'layers', kind: 'count', max: 1_000 },
  rank: { param: 'r', kind: 'count', max: 65_536 },
  baseBillions: { param: 'base', kind: 'decimal', max: 10_000 },
} as const satisfies Record<string, LoraFieldSpec>;

/** One typed field. */
export type LoraFieldKey = keyof typeof LORA_FIELDS;
/** A typed field or the projections' checkboxes: whatever can carry a message. */
export type LoraInputKey = LoraFieldKey | 'projections';
const FIELD_KEYS = Object.keys(LORA_FIELDS) as LoraFieldKey[];
/** The query parameter of the projections. */
export const PROJECTIONS_PARAM = 'm';

/** What the form holds: the text of each field, valid or not, and the ticked projections. */
export type LoraRaw = Record<LoraFieldKey, string> & { projections: Projection[] };

/** The form's contents for a setup. */
export function rawFromSetup(s: LoraSetup): LoraRaw {
  return { ...(Object.fromEntries(FIELD_KEYS.map((k) => [k, String(s[k])])) as Record<LoraFieldKey, string>), projections: [...s.projections] };
}

/** Reads one typed field; `hiddenSize`, when known, is the rank's upper limit. Every rejection says what is wrong. */
export function parseLoraField(key: LoraFieldKey, raw: string, hiddenSize?: number): TextResult {
  const { kind, max } = LORA_FIELDS[key];
  const read = readNumberText(raw, kind);
  if (!read.ok) return read;
  const schema =
    key === 'rank' ? rankSchema(hiddenSize ?? max, hiddenSize !== undefined) : kind === 'decimal' ? billionsSchema(max) : countSchema(1, max);
  const error = firstError(schema, read.value);
  return error === null ? read : { ok: false, error };
}

/** What the widget shows for what is typed: a message per bad input, and a result only when every input is valid. */
export interface LoraState {
  errors: Partial<Record<LoraInputKey, string>>;
  setup: LoraSetup | null;
  result: LoraResult | null;
}

/** Validates every input (the rank against the hidden size once that is valid) and computes the result when all are. */
export function evaluateLora(raw: LoraRaw): LoraState {
  const errors: LoraState['errors'] = {};
  const values: Partial<Record<LoraFieldKey, number>> = {};
  for (const key of FIELD_KEYS) {
    const result = parseLoraField(key, raw[key], key === 'rank' ? values.hiddenSize : undefined);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.error;
  }
  const ticked = firstError(projectionsSchema, raw.projections);
  if (ticked !== null) errors.projections = ticked;
  if (Object.keys(errors).length > 0) return { errors, setup: null, result: null };
  const projections = PROJECTIONS.filter((p) => raw.projections.includes(p));
  const setup = { ...(values as Record<LoraFieldKey, number>), projections };
  return { errors, setup, result: analyseLora(setup) };
}

/** The lesson's setup evaluated: what the page shows first, with and without JavaScript. */
export const LESSON_STATE: LoraState & { setup: LoraSetup; result: LoraResult } = {
  errors: {},
  setup: LESSON_SETUP,
  result: analyseLora(LESSON_SETUP),
};

/**
 * A setup read from a shared link: each bad field falls back to the lesson's value and is listed. A rank larger than
 * the link's hidden size (a link edited by hand, or made when the limits were wider) drops whichever of the two the
 * link gave, so what is shown is always a setup the form accepts.
 */
export function readLoraQuery(search: string): { raw: LoraRaw; rejected: LoraInputKey[] } {
  const params = new URLSearchParams(search);
  const raw = rawFromSetup(LESSON_SETUP);
  const rejected: LoraInputKey[] = [];
  for (const key of FIELD_KEYS) {
    const given = params.get(LORA_FIELDS[key].param);
    if (given === null) continue;
    const result = parseLoraField(key, given);
    if (result.ok) raw[key] = String(result.value);
    else rejected.push(key);
  }
  if (Number(raw.rank) > Number(raw.hiddenSize)) {
    for (const key of ['hiddenSize', 'rank'] as const) {
      if (params.has(LORA_FIELDS[key].param) && !rejected.includes(key)) {
        rejected.push(key);
        raw[key] = String(LESSON_SETUP[key]);
      }
    }
  }
  const letters = params.get(PROJECTIONS_PARAM);
  if (letters !== null) {
    if (firstError(projectionsParamSchema, letters) === null) raw.projections = PROJECTIONS.filter((p) => letters.includes(p));
    else rejected.push('projections');
  }
  return { raw, rejected };
}

/** The query string for a setup: only what differs from the lesson's, every other parameter kept as it was. */
export function writeLoraQuery(currentSearch: string, s: LoraSetup): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of FIELD_KEYS) {
    if (s[key] === LESSON_SETUP[key]) params.delete(LORA_FIELDS[key].param);
    else params.set(LORA_FIELDS[key].param, String(s[key]));
  }
  const letters = s.projections.join('');
  if (letters === LESSON_SETUP.projections.join('')) params.delete(PROJECTIONS_PARAM);
  else params.set(PROJECTIONS_PARAM, letters);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
