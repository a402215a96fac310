import { describe, expect, it } from 'vitest';
import { analyseCosts, compareCosts, LESSON_SCENARIO, tokenCost, toCents, toDollars, trainingCost, type CostScenario } from '../../src/lib/cost';
import { chartMarkers, costCurve, niceCeil } from '../../src/lib/cost-chart';
import {
  breakEvenDaysText,
  breakEvenVolumeShort,
  breakEvenVolumeText,
  listOfNames,
  monthlySavingShort,
  staleReason,
} from '../../src/lib/cost-report';
import { formatMoney, formatUSD } from '../../src/lib/format';

const seed = LESSON_SCENARIO;
const withWorkload = (over: Partial<CostScenario>): CostScenario => ({ ...seed, ...over });
const samePrices: CostScenario = { ...seed, fineTuned: { ...seed.large, label: 'same' } };
const free: CostScenario = {
  ...seed,
  large: { ...seed.large, pricePerMillionInput: 0, pricePerMillionOutput: 0 },
  fineTuned: { ...seed.fineTuned, pricePerMillionInput: 0, pricePerMillionOutput: 0 },
  training: { ...seed.training, pricePerMillion: 0 },
};
const huge: CostScenario = {
  ...seed,
  dailyRequests: 999_999_999,
  tokensPerRequest: 1_999_999,
  large: { ...seed.large, systemPromptTokens: 2, pricePerMillionInput: 987.654321 },
};

describe('the lesson figures', () => {
  it('uses the seed scenario: 10,000 requests of 200 tokens, 500- vs 50-token prompts at $5 vs $0.30 per 1M, 30-day month', () => {
    expect([seed.dailyRequests, seed.tokensPerRequest, seed.daysPerMonth]).toEqual([10_000, 200, 30]);
    expect([seed.large.systemPromptTokens, seed.large.pricePerMillionInput]).toEqual([500, 5]);
    expect([seed.fineTuned.systemPromptTokens, seed.fineTuned.pricePerMillionInput]).toEqual([50, 0.3]);
    expect(seed.outputTokensPerRequest).toBe(0);
  });

  it("reproduces the seed's input-only comparison: $35.00 against $0.75 a day, $1,027.50 saved in 30 days", () => {
    const c = compareCosts(seed);
    expect([formatUSD(c.largeDaily), formatUSD(c.fineTunedDaily), formatUSD(c.monthlySaving)]).toEqual(['$35.00', '$0.75', '$1,027.50']);
    expect([c.largeTokensPerRequest, c.fineTunedTokensPerRequest, c.dailySaving]).toEqual([700, 250, 34.25]);
  });

  it('keeps the full analysis equal to the input-only one while output tokens default to zero', () => {
    const a = analyseCosts(seed);
    expect([a.large.daily, a.fineTuned.daily, a.monthlySaving].map(formatMoney)).toEqual(['$35.00', '$0.75', '$1,027.50']);
    expect(formatMoney(a.yearlySaving)).toBe('$12,330.00');
  });
});

describe('costs across workloads', () => {
  it.each([
    ['zero requests cost nothing', withWorkload({ dailyRequests: 0 }), ['$0.00', '$0.00', '$0.00', '$0.00']],
    ['zero prices cost nothing', free, ['$0.00', '$0.00', '$0.00', '$0.00']],
    [
      "output tokens are charged at each model's output price",
      withWorkload({ outputTokensPerRequest: 100 }),
      ['$50.00', '$1.95', '$1,441.50', '$17,298.00'],
    ],
    [
      'a billion requests a day keeps its cents',
      withWorkload({ dailyRequests: 987_654_321 }),
      ['$3,456,790.12', '$74,074.07', '$101,481,481.48', '$1,217,777,777.79'],
    ],
    [
      'the largest accepted volumes keep their cents',
      huge,
      ['$1,975,309,627,679.01', '$600,014,699.40', '$59,241,288,389,388.34', '$710,895,460,672,660.10'],
    ],
  ])('%s', (_name, scenario, [largeDaily, fineTunedDaily, monthlySaving, yearlySaving]) => {
    const a = analyseCosts(scenario);
    expect([a.large.daily, a.fineTuned.daily, a.monthlySaving, a.yearlySaving].map(formatMoney)).toEqual([
      largeDaily,
      fineTunedDaily,
      monthlySaving,
      yearlySaving,
    ]);
  });

  it.each([
    [5_000_000_000n, 1n],
    [4_999_999_999n, 0n],
    [-5_000_000_000n, -1n],
    [35_000_000_000_000n, 3_500n],
  ])('rounds %s picodollars to %s cents, halves away from zero', (pico, cents) => {
    expect(toCents(pico)).toBe(cents);
  });

  it.each([
    ['no requests', 0, 200, seed.large, '$0.00'],
    ['a zero price', 10_000, 200, { ...seed.large, pricePerMillionInput: 0 }, '$0.00'],
    ['a billion requests of 250 tokens at $0.30 per 1M', 1_000_000_000, 200, seed.fineTuned, '$75,000.00'],
  ])('gives the daily input cost for %s', (_name, requests, tokens, approach, expected) => {
    const { inputDaily } = analyseCosts(withWorkload({ dailyRequests: requests, tokensPerRequest: tokens, large: approach })).large;
    expect(formatUSD(toDollars(inputDaily))).toBe(expected);
  });

  it('prices tokens exactly, even with six-decimal prices', () => {
    expect(tokenCost(3, 0.000001)).toBe(3n);
    expect(tokenCost(1_000_000, 0.3)).toBe(300_000_000_000n);
  });
});

describe('training and break-even', () => {
  it("prices the lesson's training run as examples × tokens × epochs × price", () => {
    expect(formatMoney(trainingCost(seed.training))).toBe('$2.25');
  });

  it.each([
    ["the lesson's scenario pays back in a fraction of a day", seed, 2.25 / 34.25, 22],
    ['no training cost pays back at once, at any volume', { ...seed, training: { ...seed.training, examples: 0 } }, 0, 0],
    ['zero requests never pay back, though enough volume would', withWorkload({ dailyRequests: 0 }), null, 22],
    ['equal costs never pay back at any volume', samePrices, null, null],
    ['a dearer fine-tuned model never pays back', { ...seed, fineTuned: { ...seed.fineTuned, pricePerMillionInput: 20 } }, null, null],
    ['zero prices never pay back', free, null, null],
  ])('%s', (_name, scenario, days, volume) => {
    const a = analyseCosts(scenario);
    if (days === null) expect(a.breakEvenDays).toBeNull();
    else expect(a.breakEvenDays).toBeCloseTo(days, 10);
    expect(a.breakEvenDailyRequests).toBe(volume);
  });

  it('says "never" in words when there is no saving', () => {
    const a = analyseCosts(samePrices);
    expect(breakEvenDaysText(a)).toMatch(/^Never/);
    expect(breakEvenVolumeText(a, 30)).toMatch(/^No volume/);
  });

  it.each([
    [100, 'After 6.6 days.'],
    [10, 'After 65.7 days.'],
    [1, 'After 656.9 days (about 1.8 years).'],
    [0, 'Never: at these numbers the fine-tuned model saves nothing per day.'],
  ])('describes the payback time at %s requests a day in words', (dailyRequests, text) => {
    const scenario = withWorkload({ dailyRequests });
    expect(breakEvenDaysText(analyseCosts(scenario))).toBe(text);
  });
});

describe('the chart data', () => {
  it.each([
    [7, 10],
    [10, 10],
    [11, 20],
    [21, 25],
    [26, 50],
    [20_000, 20_000],
    [20_001, 25_000],
  ])('rounds an axis of %s up to %s', (n, nice) => {
    expect(niceCeil(n)).toBe(nice);
  });

  it('crosses exactly at the break-even volume', () => {
    const s = withWorkload({ dailyRequests: 22 });
    const a = analyseCosts(s);
    const at = (requests: number) => costCurve({ ...s, dailyRequests: requests }, a, 1).points[0]!;
    // At zero requests the fine-tuned line starts at the training cost spread over the payback period.
    expect(formatMoney(at(0).fineTuned)).toBe('$2.25');
    const curve = costCurve(s, a);
    expect(curve.breakEven).toBe(22);
    expect(curve.breakEvenOnChart).toBe(true);
    const monthly = (requests: number) => ({
      large: a.large.perRequest * BigInt(requests) * 30n,
      fineTuned: a.fineTuned.perRequest * BigInt(requests) * 30n + curve.trainingPerMonth,
    });
    expect(monthly(21).large < monthly(21).fineTuned).toBe(true);
    expect(monthly(22).large >= monthly(22).fineTuned).toBe(true);
  });

  it('spans twice the current volume and starts at zero requests', () => {
    const curve = costCurve(seed, analyseCosts(seed));
    expect(curve.xMax).toBe(20_000);
    expect(curve.points.map((p) => p.requests)).toEqual([0, 4_000, 8_000, 12_000, 16_000, 20_000]);
    expect(formatMoney(curve.points[5]!.large)).toBe('$2,100.00');
  });
});

describe('the chart markers', () => {
  it.each<[string, CostScenario, { label: string; drawn: boolean }[]]>([
    [
      'the lesson’s break-even, so close to zero that its line would sit on the y-axis, is named but not drawn',
      seed,
      [
        { label: 'Now: 10,000 a day', drawn: true },
        { label: 'Break-even: 22 a day (at the left edge)', drawn: false },
      ],
    ],
    [
      'a break-even near the current volume is drawn',
      withWorkload({ dailyRequests: 22 }),
      [
        { label: 'Now: 22 a day', drawn: true },
        { label: 'Break-even: 22 a day', drawn: true },
      ],
    ],
    [
      'a break-even far beyond the current volume is named as off the chart',
      withWorkload({ dailyRequests: 1, training: { ...seed.training, examples: 1_000_000 } }),
      [
        { label: 'Now: 1 a day', drawn: true },
        { label: 'Break-even: 43,796 a day (beyond the right edge)', drawn: false },
      ],
    ],
    ['no break-even, when fine-tuning saves nothing per request, has no marker', samePrices, [{ label: 'Now: 10,000 a day', drawn: true }]],
    [
      'a current volume of zero sits on the y-axis, so it is only named',
      withWorkload({ dailyRequests: 0 }),
      [
        { label: 'Now: 0 a day (at the left edge)', drawn: false },
        { label: 'Break-even: 22 a day', drawn: true },
      ],
    ],
  ])('%s', (_name, scenario, expected) => {
    const markers = chartMarkers(costCurve(scenario, analyseCosts(scenario)));
    expect(markers.map(({ label, drawn }) => ({ label, drawn }))).toEqual(expected);
  });
});

describe('the compact results and the not-current notice', () => {
  it.each<[string, CostScenario, string, string]>([
    ['the lesson’s scenario saves a month and breaks even at 22 a day', seed, '$1,027.50 a month', '22 requests a day'],
    ['identical prices save nothing and never break even', samePrices, '$0.00 a month', 'None: fine-tuning never pays back'],
    ['free models save nothing and never break even', free, '$0.00 a month', 'None: fine-tuning never pays back'],
    ['free training breaks even at any volume', { ...seed, training: { ...seed.training, pricePerMillion: 0 } }, '$1,027.50 a month', 'Any volume'],
    [
      'a fine-tuned model dearer per request costs more and never breaks even',
      { ...seed, fineTuned: { ...seed.fineTuned, pricePerMillionInput: 50 } },
      'None: it costs $2,700.00 a month more',
      'None: fine-tuning never pays back',
    ],
  ])('%s', (_name, scenario, saving, volume) => {
    const a = analyseCosts(scenario);
    expect([monthlySavingShort(a), breakEvenVolumeShort(a)]).toEqual([saving, volume]);
  });

  it.each([
    [[], ''],
    [['Epochs'], 'Epochs'],
    [['Epochs', 'Daily requests'], 'Epochs and Daily requests'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('lists %j as "%s"', (names, text) => {
    expect(listOfNames(names)).toBe(text);
  });

  it('names the fields to fix when the figures are not current', () => {
    expect(staleReason(['Daily requests', 'Epochs'])).toBe(
      'These are the figures for the last valid numbers: fix Daily requests and Epochs to update them.',
    );
  });
});
