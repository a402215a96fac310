import { readNumberText } from './number-text.ts';

// A numeric question's answer is checked here: what the learner typed is read leniently but exactly, then compared with
// the authored value within an absolute tolerance, in the question's unit.

/** What a numeric question accepts: `value`, give or take `tolerance` (absolute, in `unit`), e.g. 2055 ± 0.01 USD. */
export interface NumericSpec {
  value: number;
  /** Absolute and inclusive: |typed − value| ≤ tolerance counts as right; 0 asks for the exact value. */
  tolerance: number;
  /** What the number counts, e.g. "USD" or "ms"; "USD" lets the learner type a dollar sign. */
  unit?: string | undefined;
}

/** A typed answer read and judged: right or wrong with the number read, or a message saying why it is no number. */
export type NumericVerdict = { ok: true; value: number; right: boolean } | { ok: false; error: string };

// Binary fractions make 2055.01 − 2055 a hair over 0.01: an allowance far below any tolerance an author would write.
const SLACK = 1e-9;

/** Whether `typed` is within the tolerance of the answer (both ends included). */
export function withinTolerance(spec: NumericSpec, typed: number): boolean {
  return Math.abs(typed - spec.value) <= spec.tolerance + SLACK * Math.max(1, Math.abs(spec.value));
}

/** Reads a typed answer ("$2,055.00", "2055", " 2,055 ", "2055 USD") and judges it; junk gets a message saying what to type. */
export function judgeNumber(spec: NumericSpec, raw: string): NumericVerdict {
  let text = raw.trim();
  const unit = spec.unit?.trim();
  // The unit may follow the number ("2055 USD", "150 ms"), as a person writes it.
  if (unit && text.toLowerCase().endsWith(unit.toLowerCase())) text = text.slice(0, -unit.length).trim();
  if (text.startsWith('$') && unit !== 'USD') return { ok: false, error: `Leave out the dollar sign: the answer is in ${unit ?? 'plain numbers'}.` };
  if ((/^[-−$\s]*/.exec(text)![0].match(/[-−]/g) ?? []).length > 1) return { ok: false, error: 'Use one minus sign at most, for example -5.' };
  // An example that cannot give the answer away.
  const read = readNumberText(text, 'price', '42');
  if (!read.ok) return read;
  return { ok: true, value: read.value, right: withinTolerance(spec, read.value) };
}
