import { describe, expect, it } from 'vitest';
import { compareCosts, dailyInputCost, LESSON_SCENARIO } from '../../src/lib/cost';
import { formatUSD } from '../../src/lib/format';

describe("the lesson's cost example", () => {
  const result = compareCosts(LESSON_SCENARIO);

  it('uses the seed scenario: 10,000 requests of 200 tokens, 500- vs 50-token prompts at $5 vs $0.30 per 1M', () => {
    expect(LESSON_SCENARIO.dailyRequests).toBe(10_000);
    expect(LESSON_SCENARIO.tokensPerRequest).toBe(200);
    expect(LESSON_SCENARIO.large.systemPromptTokens).toBe(500);
    expect(LESSON_SCENARIO.fineTuned.systemPromptTokens).toBe(50);
    expect(LESSON_SCENARIO.large.pricePerMillionInput).toBe(5);
    expect(LESSON_SCENARIO.fineTuned.pricePerMillionInput).toBe(0.3);
    expect(LESSON_SCENARIO.daysPerMonth).toBe(30);
  });

  it.each([
    ['the long prompt on GPT-4o per day', () => result.largeDaily, '$35.00'],
    ['the fine-tuned GPT-4o-mini per day', () => result.fineTunedDaily, '$0.75'],
    ['the saving over a 30-day month', () => result.monthlySaving, '$1,027.50'],
  ])('costs %s at exactly %s', (_label, value, expected) => {
    expect(formatUSD(value())).toBe(expected);
  });

  it('counts the system prompt in every request', () => {
    expect(result.largeTokensPerRequest).toBe(700);
    expect(result.fineTunedTokensPerRequest).toBe(250);
  });
});

describe('dailyInputCost', () => {
  it('is zero when there are no requests or the price is zero', () => {
    expect(dailyInputCost(0, 200, LESSON_SCENARIO.large)).toBe(0);
    expect(dailyInputCost(10_000, 200, { ...LESSON_SCENARIO.large, pricePerMillionInput: 0 })).toBe(0);
  });

  it('keeps cents exact at large volumes', () => {
    // 1 billion requests × 250 tokens × $0.30 per 1M = $75,000.00
    expect(formatUSD(dailyInputCost(1_000_000_000, 200, LESSON_SCENARIO.fineTuned))).toBe('$75,000.00');
  });
});
