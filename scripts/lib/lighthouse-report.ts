// Pure helpers of npm run lighthouse: what one Lighthouse report says, and the median and range of several.
import type { Result } from 'lighthouse';

/** The part of a Lighthouse report these helpers read. */
export type Report = Pick<Result, 'audits' | 'categories'>;

/** What one Lighthouse run measured: timings in ms, bytes transferred, requests, and the category scores (0–100). */
export interface RunSummary {
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  requests: number;
  scores: Record<string, number>;
}

/** One request as the network-requests audit saw it, in ms since the navigation started. */
export interface TimedRequest {
  url: string;
  type: string;
  priority: string;
  startMs: number;
  endMs: number;
  bytes: number;
}

/** The median and the range of a set of numbers. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

const numeric = (report: Report, id: string) => report.audits[id]?.numericValue ?? Number.NaN;

// data: URLs appear in the network-requests audit but never go over the network.
const overTheNetwork = (item: Record<string, unknown>) => !String(item['url']).startsWith('data:');

/** Reads LCP, FCP, TBT, CLS, bytes, requests (data: URLs left out) and the scores of the categories that ran from one report. */
export function summarise(report: Report): RunSummary {
  const details = report.audits['network-requests']?.details as { items?: Record<string, unknown>[] } | undefined;
  return {
    lcp: numeric(report, 'largest-contentful-paint'),
    fcp: numeric(report, 'first-contentful-paint'),
    tbt: numeric(report, 'total-blocking-time'),
    cls: numeric(report, 'cumulative-layout-shift'),
    bytes: numeric(report, 'total-byte-weight'),
    requests: details?.items?.filter(overTheNetwork).length ?? Number.NaN,
    scores: Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
  };
}

/** The median (the mean of the middle two for an even count) and the smallest and largest value. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** A spread as "median (min–max)", rounded to `digits` decimals. */
export function formatSpread({ median, min, max }: Spread, digits = 0): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(median)} (${f(min)}–${f(max)})`;
}

/** The run whose LCP is the median one (the upper middle for an even count), so its other figures belong together. */
export function medianRun<T>(runs: readonly T[], lcpOf: (run: T) => number): T {
  const sorted = runs.toSorted((a, b) => lcpOf(a) - lcpOf(b));
  const run = sorted[Math.floor(sorted.length / 2)];
  if (run === undefined) throw new Error('No runs to pick a median from');
  return run;
}

/**
 * Every request of a run that started before `beforeMs` (e.g. its LCP), in the order they started, timed from the
 * navigation start (the network-requests audit counts from the first request; the metrics audit says when that was).
 * data: URLs are left out.
 */
export function requestsBefore(report: Report, beforeMs: number): TimedRequest[] {
  const network = report.audits['network-requests']?.details as
    { items?: Record<string, unknown>[]; debugData?: { networkStartTimeTs?: number } } | undefined;
  const metrics = report.audits['metrics']?.details as { items?: { observedTimeOriginTs?: number }[] } | undefined;
  const originTs = metrics?.items?.[0]?.observedTimeOriginTs;
  const networkTs = network?.debugData?.networkStartTimeTs;
  const offset = originTs !== undefined && networkTs !== undefined ? (networkTs - originTs) / 1000 : 0;
  const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
  return (network?.items ?? [])
    .filter(overTheNetwork)
    .map((item) => ({
      url: String(item['url']),
      type: String(item['resourceType'] ?? ''),
      priority: String(item['priority'] ?? ''),
      startMs: num(item['rendererStartTime']) + offset,
      endMs: num(item['networkEndTime']) + offset,
      bytes: num(item['transferSize']),
    }))
    .filter((r) => r.startMs < beforeMs)
    .sort((a, b) => a.startMs - b.startMs);
}

/** Where the LCP time went (Lighthouse's LCP breakdown: time to first byte, render delay...) and which element it was. */
export interface LcpBreakdown {
  element: string;
  parts: Record<string, number>;
}

/** Reads the LCP breakdown insight of one report; empty when Lighthouse could not attribute the LCP. */
export function lcpBreakdown(report: Report): LcpBreakdown {
  const details = report.audits['lcp-breakdown-insight']?.details as
    { items?: { type?: string; items?: { subpart?: string; duration?: number }[]; snippet?: string }[] } | undefined;
  const parts: Record<string, number> = {};
  let element = '';
  for (const item of details?.items ?? []) {
    if (item.type === 'table') for (const row of item.items ?? []) if (row.subpart) parts[row.subpart] = row.duration ?? Number.NaN;
    if (item.type === 'node') element = item.snippet ?? '';
  }
  return { element, parts };
}
