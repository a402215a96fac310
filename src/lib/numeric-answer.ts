import { readNumberText } from './number-text.ts';

// A numeric question's answer is checked here: what the learner typed is read by the calculator's own reader, then
// compared with the authored value within an absolute tolerance, in the question's unit.

/** What a numeric question accepts: `value`, give or take `tolerance` (absolute, in `unit`), e.g. 2055 ± 0.01 USD. */
export interface NumericSpec {
  value: number;
  /** Absolute and inclusive: |typed − value| ≤ tolerance counts as right; 0 asks for the exact value. */
  tolerance: number;
  /** What the number counts, e.g. "USD" or "ms"; "USD" lets the learner type a dollar sign. */
  unit?: string | undefined;
}

/** The two readings of an ambiguous answer ("2.055" for an answer in the thousands), for the learner to choose from. */
export interface NumericChoice {
  /** What the learner probably meant, written as it reads: "2,055" for "2.055", "$2,050" for "$2.050". */
  meant: string;
  /** The number the text reads as: 2.055. */
  typed: number;
}

/**
 * A typed answer read and judged: right or wrong with the number read; or not judged, with a message saying why it is
 * no number, or (with `choice`) asking which of two readings was meant. Neither of the last two spends a try.
 */
export type NumericVerdict = { ok: true; value: number; right: boolean } | { ok: false; error: string; choice?: NumericChoice };

// Binary fractions make 2055.01 − 2055 a hair over 0.01: an allowance far below any tolerance an author would write.
const SLACK = 1e-9;

/** Whether `typed` is within the tolerance of the answer (both ends included). */
export function withinTolerance(spec: NumericSpec, typed: number): boolean {
  return Math.abs(typed - spec.value) <= spec.tolerance + SLACK * Math.max(1, Math.abs(spec.value));
}

// Within a factor of ten of the answer, and on its side of zero: "in the thousands" when the answer is 2,055.
const nearScale = (spec: NumericSpec, n: number) => withinTolerance(spec, n) || (n / spec.value >= 0.1 && n / spec.value <= 10);

/**
 * Reads a typed answer ("$2,055.00", "2055$", " 2,055 ", "USD 2055") and judges it; junk gets a message saying what to
 * type, and "2.055" or "2,055" whose other reading is the answer's size gets a question: which was meant?
 */
export function judgeNumber(spec: NumericSpec, raw: string): NumericVerdict {
  // An example that cannot give the answer away.
  const read = (text: string) => readNumberText(text, spec.unit === 'USD' ? 'price' : 'decimal', '42', spec.unit);
  const typed = read(raw);
  if (!typed.ok) return typed;
  // A lone separator before three digits, which people write both ways: "2.055" may mean 2055, "2,055" 2.055.
  const [, whole, point, rest] = /^(\D*[1-9]\d?\d?)([.,])(\d{3}\D*)$/.exec(raw.trim()) ?? [];
  const meant = point && whole + (point === '.' ? ',' : '.') + rest;
  const other = meant && read(meant);
  if (other && other.ok && nearScale(spec, other.value) && !nearScale(spec, typed.value)) {
    const rule = point === '.' ? 'a point marks decimals' : 'a comma separates thousands';
    return {
      ok: false,
      error: `Did you mean ${meant}? Here ${rule}, so what you typed reads as ${typed.value}. Choose one, or edit your answer.`,
      choice: { meant, typed: typed.value },
    };
  }
  return { ok: true, value: typed.value, right: withinTolerance(spec, typed.value) };
}
