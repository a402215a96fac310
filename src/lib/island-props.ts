import type { LiveQuestion } from './quiz-model.ts';

// Astro writes an island's props into its `props` attribute as JSON where every value is a pair [type, value]: type 0
// is a plain value (an object's own values encoded in turn), type 1 an array of encoded values. Quiz props use only
// these two; anything else (dates, maps, URLs) is refused rather than guessed at.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function decode(v: unknown): unknown {
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number') throw new Error('not an encoded island value');
  const [type, value] = v as [number, unknown];
  if (type === 1 && Array.isArray(value)) return value.map(decode);
  if (type !== 0) throw new Error(`island value of type ${type} is not read here`);
  return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, x]) => [k, decode(x)])) : value;
}

/** The props of a server-rendered island from its `props` attribute, or undefined when they cannot be read. */
export function decodeIslandProps(attribute: string | null): Record<string, unknown> | undefined {
  try {
    const raw: unknown = JSON.parse(attribute ?? '');
    return isRecord(raw) ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, decode(v)])) : undefined;
  } catch {
    return undefined;
  }
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1000;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The kind-specific part of a question, checked: which choices are right, the number and tolerance, the start order. */
function kindPart(v: Record<string, unknown>): Record<string, unknown> | undefined {
  const { kind, right, value, tolerance, unit, start } = v;
  if (kind === 'open') return { kind };
  if (kind === 'single' || kind === 'multiple') {
    const ok = Array.isArray(right) && right.length > 0 && right.every((r) => typeof r === 'boolean');
    return ok ? { kind, right } : undefined;
  }
  if (kind === 'numeric') {
    const ok = isFiniteNumber(value) && isFiniteNumber(tolerance) && tolerance >= 0 && (unit === undefined || typeof unit === 'string');
    return ok ? { kind, value, tolerance, ...(unit === undefined ? {} : { unit }) } : undefined;
  }
  if (kind === 'ordering') {
    // A permutation of 0..n-1, n >= 2: anything else could not be put back in order.
    const ok =
      Array.isArray(start) &&
      start.length >= 2 &&
      start.every(isCount) &&
      new Set(start).size === start.length &&
      start.every((i) => i < start.length);
    return ok ? { kind, start } : undefined;
  }
  return undefined;
}

/** A question's structure from a quiz island's props, checked, or undefined when it is not well formed. */
export function liveQuestionFrom(v: unknown): LiveQuestion | undefined {
  if (!isRecord(v) || typeof v['id'] !== 'string' || !ID.test(v['id']) || typeof v['sig'] !== 'string') return undefined;
  const part = kindPart(v);
  if (!part) return undefined;
  const { id, sig, hints } = v;
  if (hints !== undefined && !(isCount(hints) && hints > 0)) return undefined;
  return { id, sig, ...(hints === undefined ? {} : { hints }), ...part } as LiveQuestion;
}
