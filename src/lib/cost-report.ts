import type { CostAnalysis } from './cost';
import type { CostCurve } from './cost-chart';
import { formatCount, formatMoney } from './format';

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** When the training cost is recovered by the daily saving, in words. */
export function breakEvenDaysText(a: CostAnalysis): string {
  const days = a.breakEvenDays;
  if (days === null) return 'Never: at these numbers the fine-tuned model saves nothing per day.';
  if (a.trainingCost === 0n) return 'At once: there is no training cost to recover.';
  if (days <= 1) return 'Within the first day.';
  const years = days >= 365 ? ` (about ${oneDecimal.format(days / 365)} years)` : '';
  return `After ${oneDecimal.format(days)} days${years}.`;
}

/** The daily volume above which training pays back within the chosen period, in words. */
export function breakEvenVolumeText(a: CostAnalysis, paybackDays: number): string {
  const n = a.breakEvenDailyRequests;
  const period = `${formatCount(paybackDays)} ${paybackDays === 1 ? 'day' : 'days'}`;
  if (n === null) return `No volume is enough: each fine-tuned request costs as much as or more than a GPT-4o one.`;
  if (n === 0) return `Any volume: with no training cost, it pays back within ${period}.`;
  return `${formatCount(n)} ${n === 1 ? 'request' : 'requests'} a day or more pay back the training within ${period}.`;
}

/** One short sentence of the results, for the polite live region. */
export function resultsSummary(a: CostAnalysis, paybackDays: number): string {
  const saving = a.monthlySaving >= 0n ? `saves ${formatMoney(a.monthlySaving)}` : `costs ${formatMoney(-a.monthlySaving)} more`;
  return [
    `GPT-4o with a long prompt: ${formatMoney(a.large.daily)} a day.`,
    `Fine-tuned GPT-4o-mini: ${formatMoney(a.fineTuned.daily)} a day.`,
    `Fine-tuning ${saving} a month.`,
    `Training (${formatMoney(a.trainingCost)}) pays back: ${breakEvenDaysText(a)}`,
    breakEvenVolumeText(a, paybackDays),
  ].join(' ');
}

/** The break-even volume in a few words, for the compact result beside the main inputs. */
export function breakEvenVolumeShort(a: CostAnalysis): string {
  const n = a.breakEvenDailyRequests;
  if (n === null) return 'None: fine-tuning never pays back';
  return n === 0 ? 'Any volume' : `${formatCount(n)} ${n === 1 ? 'request' : 'requests'} a day`;
}

/** The monthly saving in a few words, or the extra cost when fine-tuning costs more. */
export function monthlySavingShort(a: CostAnalysis): string {
  return a.monthlySaving >= 0n ? `${formatMoney(a.monthlySaving)} a month` : `None: it costs ${formatMoney(-a.monthlySaving)} a month more`;
}

/** Names fields as a sentence does: "A", "A and B", "A, B and C". */
export function listOfNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Why the figures on screen are not current, naming the fields to fix. */
export function staleReason(fields: readonly string[]): string {
  return `These are the figures for the last valid numbers: fix ${listOfNames(fields)} to update them.`;
}

/** The current and the break-even daily volumes in words, beside the chart's table. */
export function volumesText(c: CostCurve): string {
  const now = `Current volume: ${formatCount(c.current)} requests a day.`;
  if (c.breakEven === null) return `${now} There is no break-even volume: the lines never cross.`;
  return `${now} Break-even volume: ${formatCount(c.breakEven)} requests a day${c.breakEvenOnChart ? '' : ' (beyond the right edge of the chart)'}.`;
}
