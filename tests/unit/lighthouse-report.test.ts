import { describe, expect, it } from 'vitest';
import { formatSpread, lcpBreakdown, medianRun, requestsBefore, spread, summarise, type Report } from '../../scripts/lib/lighthouse-report';

// Just the parts of a Lighthouse report that npm run lighthouse reads.
const report = {
  categories: { performance: { score: 0.98 } },
  audits: {
    'largest-contentful-paint': { numericValue: 1469.4 },
    'first-contentful-paint': { numericValue: 1400 },
    'total-blocking-time': { numericValue: 0 },
    'cumulative-layout-shift': { numericValue: 0.001 },
    'total-byte-weight': { numericValue: 28_400 },
    metrics: { details: { items: [{ observedTimeOriginTs: 1_000_000 }] } },
    'network-requests': {
      details: {
        debugData: { networkStartTimeTs: 1_002_000 },
        items: [
          {
            url: 'http://localhost:4371/_astro/style.css',
            resourceType: 'Stylesheet',
            priority: 'VeryHigh',
            rendererStartTime: 631,
            networkEndTime: 1244,
            transferSize: 6100,
          },
          {
            url: 'http://localhost:4371/lesson/',
            resourceType: 'Document',
            priority: 'VeryHigh',
            rendererStartTime: 0,
            networkEndTime: 639,
            transferSize: 12_000,
          },
          {
            url: 'data:image/svg+xml,<svg/>',
            resourceType: 'Image',
            priority: 'Low',
            rendererStartTime: 1260,
            networkEndTime: 1261,
            transferSize: 0,
          },
          {
            url: 'http://localhost:4371/icon.svg',
            resourceType: 'Other',
            priority: 'High',
            rendererStartTime: 1500,
            networkEndTime: 2000,
            transferSize: 500,
          },
        ],
      },
    },
    'lcp-breakdown-insight': {
      details: {
        items: [
          {
            type: 'table',
            items: [
              { subpart: 'timeToFirstByte', duration: 600 },
              { subpart: 'elementRenderDelay', duration: 869 },
            ],
          },
          { type: 'node', snippet: '<p class="lead">' },
        ],
      },
    },
  },
} as unknown as Report;

describe('reading a Lighthouse report', () => {
  it('sums up its timings, bytes, scores and the requests that went over the network', () => {
    expect(summarise(report)).toEqual({ lcp: 1469.4, fcp: 1400, tbt: 0, cls: 0.001, bytes: 28_400, requests: 3, scores: { performance: 98 } });
  });

  it('lists the requests that started before a time, in order, timed from the navigation start', () => {
    expect(requestsBefore(report, 1469).map((r) => [r.url.replace(/^.*4371/, ''), r.startMs, r.endMs, r.bytes])).toEqual([
      ['/lesson/', 2, 641, 12_000],
      ['/_astro/style.css', 633, 1246, 6100],
    ]);
  });

  it("reads the LCP's element and where its time went", () => {
    expect(lcpBreakdown(report)).toEqual({ element: '<p class="lead">', parts: { timeToFirstByte: 600, elementRenderDelay: 869 } });
  });
});

describe('the spread of several runs', () => {
  it.each([
    { values: [3, 1, 2], median: 2, min: 1, max: 3 },
    { values: [4, 1, 3, 2], median: 2.5, min: 1, max: 4 },
    { values: [7], median: 7, min: 7, max: 7 },
  ])('of $values has median $median and range $min–$max', ({ values, median, min, max }) => {
    expect(spread(values)).toEqual({ median, min, max });
  });

  it('prints as "median (min–max)"', () => {
    expect(formatSpread({ median: 1.234, min: 1, max: 2 }, 1)).toBe('1.2 (1.0–2.0)');
  });

  it('picks the run with the median LCP, the upper middle one for an even count', () => {
    expect(medianRun([{ lcp: 3 }, { lcp: 1 }, { lcp: 2 }, { lcp: 4 }], (r) => r.lcp)).toEqual({ lcp: 3 });
  });
});
