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

/** A question's structure from a quiz island's props, checked, or undefined when it is not well formed. */
export function liveQuestionFrom(v: unknown): LiveQuestion | undefined {
  if (!isRecord(v) || typeof v['id'] !== 'string' || !ID.test(v['id']) || typeof v['sig'] !== 'string') return undefined;
  const { kind, id, sig, right } = v;
  if (kind === 'open') return { kind, id, sig };
  const ok = (kind === 'single' || kind === 'multiple') && Array.isArray(right) && right.length > 0 && right.every((r) => typeof r === 'boolean');
  return ok ? { kind, id, sig, right: right as boolean[] } : undefined;
}
