import { describe, expect, it } from 'vitest';
import { AXIS_COUNT, AXIS_MONEY } from '../../src/lib/cost-chart';

describe('the cost chart’s axis labels', () => {
  it.each([
    [0, '$0'],
    [500, '$500'],
    [1000, '$1K'],
    [1500, '$1.5K'],
    [25_000, '$25K'],
    [3_500_000, '$3.5M'],
  ])('write %d US$ as %s, with no trailing ".0"', (value, label) => {
    expect(AXIS_MONEY.format(value)).toBe(label);
  });

  it.each([
    [0, '0'],
    [20_000, '20K'],
    [1_500_000, '1.5M'],
  ])('write %d requests as %s', (value, label) => {
    expect(AXIS_COUNT.format(value)).toBe(label);
  });

  // WebKit's compact currency defaults to one minimum fraction digit ("$0.0, $500.0, $1.0K"): the limits are set, not left to the engine.
  it.each([
    ['money', AXIS_MONEY],
    ['requests', AXIS_COUNT],
  ])('the %s axis sets its fraction digits itself: none required, at most one', (_, format) => {
    const { minimumFractionDigits, maximumFractionDigits } = format.resolvedOptions();
    expect([minimumFractionDigits, maximumFractionDigits]).toEqual([0, 1]);
  });
});
