import { toDollars, type CostAnalysis, type CostScenario, type Money } from './cost';
import { formatCount } from './format';

/** The names of the chart's two lines, in its legend and tooltips. */
export const SERIES_LABELS = { large: 'GPT-4o + long prompt', fineTuned: 'Fine-tuned GPT-4o-mini + training' } as const;

/** The same names, short enough for a tooltip on a phone's narrow chart (its colour swatch tells the lines apart too). */
export const SERIES_SHORT = { large: 'GPT-4o', fineTuned: 'Fine-tuned' } as const;

/** Monthly cost of each approach at one daily volume; the fine-tuned one carries its share of the training cost. */
export interface CurvePoint {
  requests: number;
  large: Money;
  fineTuned: Money;
}

/** What the chart and its table alternative show. */
export interface CostCurve {
  points: CurvePoint[];
  xMax: number;
  current: number;
  /** Break-even daily volume, or null when there is none. */
  breakEven: number | null;
  /** False when the break-even volume is so far beyond the current one that drawing it would flatten the chart. */
  breakEvenOnChart: boolean;
  /** The training cost spread over the payback period, per month (what lifts the fine-tuned line at zero volume). */
  trainingPerMonth: Money;
}

// Both fraction limits are explicit: WebKit's compact currency defaults to one minimum fraction digit ("$0.0, $1.0K").
/** The chart's money axis: "$0", "$500", "$1.5K". */
export const AXIS_MONEY = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
/** The chart's requests axis: "0", "20K", "1.5M". */
export const AXIS_COUNT = new Intl.NumberFormat('en-US', { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** Rounds up to 1, 2, 2.5 or 5 times a power of ten, so axis ticks stay round. */
export function niceCeil(n: number): number {
  if (!(n > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= n * (1 - 1e-12)) ?? 10;
  return step * power;
}

/**
 * Monthly cost against daily requests for both approaches. The fine-tuned line adds the training cost spread over the
 * payback period, so the lines cross exactly at the break-even volume the calculator reports.
 */
export function costCurve(s: CostScenario, a: CostAnalysis, steps = 5): CostCurve {
  const current = s.dailyRequests;
  const breakEven = a.breakEvenDailyRequests;
  const breakEvenOnChart = breakEven !== null && breakEven <= 10 * Math.max(current, 100);
  const xMax = niceCeil(Math.max(current * 2, breakEvenOnChart ? breakEven * 1.25 : 0, 10));
  const days = BigInt(s.daysPerMonth);
  const trainingPerMonth = (a.trainingCost * days) / BigInt(s.paybackDays);
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const requests = Math.round((xMax * i) / steps);
    const volume = BigInt(requests) * days;
    return { requests, large: a.large.perRequest * volume, fineTuned: a.fineTuned.perRequest * volume + trainingPerMonth };
  });
  return { points, xMax, current, breakEven, breakEvenOnChart, trainingPerMonth };
}

/** The curve as plain numbers of dollars, ready for a chart library. */
export function curveSeries(c: CostCurve): { large: { x: number; y: number }[]; fineTuned: { x: number; y: number }[] } {
  return {
    large: c.points.map((p) => ({ x: p.requests, y: toDollars(p.large) })),
    fineTuned: c.points.map((p) => ({ x: p.requests, y: toDollars(p.fineTuned) })),
  };
}

/** A vertical line on the chart (the current volume or the break-even one) and the words that name it in the legend. */
export interface ChartMarker {
  kind: 'now' | 'break-even';
  x: number;
  label: string;
  /** False when the line would sit on the y-axis or lie beyond the right edge: then only the legend names it. */
  drawn: boolean;
}

// A line closer to the y-axis than this share of the axis would be drawn over it and read as part of it.
const AXIS_SHARE = 1 / 40;

/** The chart's vertical lines, in legend order; one too close to the y-axis or off the chart is named but not drawn. */
export function chartMarkers(c: CostCurve): ChartMarker[] {
  const marker = (kind: ChartMarker['kind'], name: string, x: number, onChart: boolean): ChartMarker => {
    const nearAxis = x < c.xMax * AXIS_SHARE;
    const where = !onChart ? ' (beyond the right edge)' : nearAxis ? ' (at the left edge)' : '';
    return { kind, x, label: `${name}: ${formatCount(x)} a day${where}`, drawn: onChart && !nearAxis };
  };
  const markers = [marker('now', 'Now', c.current, true)];
  if (c.breakEven !== null) markers.push(marker('break-even', 'Break-even', c.breakEven, c.breakEvenOnChart));
  return markers;
}
