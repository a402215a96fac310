import { compareCosts, LESSON_SCENARIO as scenario } from '../lib/cost.ts';
import { ContentError } from './course.ts';
import { formatCount, formatPrice, formatUSD } from '../lib/format.ts';

const cost = compareCosts(scenario);
// 9.1's numeric question: the same workload at twice the volume.
const DOUBLED = 20_000;
const doubled = compareCosts({ ...scenario, dailyRequests: DOUBLED });

/** Numbers a quiz answer may take from the cost model by name: <NumericAnswer figure="monthly-saving-20k" />. */
export const LESSON_NUMBERS: Readonly<Record<string, number>> = {
  'monthly-saving-20k': doubled.monthlySaving,
};

/**
 * The figures a lesson's text may quote from the cost model, by name and formatted as the calculator shows them:
 * `<Figure name="monthly-saving" />` in MDX. The text and the calculator compute them from the same model.
 */
export const LESSON_FIGURES: Readonly<Record<string, string>> = {
  'daily-requests': formatCount(scenario.dailyRequests),
  'tokens-per-request': formatCount(scenario.tokensPerRequest),
  'days-per-month': formatCount(scenario.daysPerMonth),
  'large-prompt-tokens': formatCount(scenario.large.systemPromptTokens),
  'fine-tuned-prompt-tokens': formatCount(scenario.fineTuned.systemPromptTokens),
  'large-tokens-per-request': formatCount(cost.largeTokensPerRequest),
  'fine-tuned-tokens-per-request': formatCount(cost.fineTunedTokensPerRequest),
  'large-input-price': formatPrice(scenario.large.pricePerMillionInput),
  'fine-tuned-input-price': formatPrice(scenario.fineTuned.pricePerMillionInput),
  'large-daily': formatUSD(cost.largeDaily),
  'fine-tuned-daily': formatUSD(cost.fineTunedDaily),
  'monthly-saving': formatUSD(cost.monthlySaving),
  'daily-requests-20k': formatCount(DOUBLED),
  'monthly-saving-20k': formatUSD(doubled.monthlySaving),
};

/** The figure called `name`, or a ContentError naming the lesson file and the figures there are. */
export function lessonFigure(name: string, file: string): string {
  const value = LESSON_FIGURES[name];
  if (value !== undefined) return value;
  const known = Object.keys(LESSON_FIGURES)
    .map((n) => `"${n}"`)
    .join(', ');
  throw new ContentError(`${file}: <Figure name="${name}" />: there is no figure "${name}" (known figures: ${known})`);
}
