import { formatBytes } from '../lib/bytes.ts';
import { compareCosts, LESSON_SCENARIO as scenario, trainingCost } from '../lib/cost.ts';
import { ContentError } from './course.ts';
import { formatCount, formatMoney, formatPrice, formatUSD } from '../lib/format.ts';
import { analyseLora, BYTES_PER_PARAM_16BIT, formatParams, formatShare, FULL_FINE_TUNE_BYTES_PER_PARAM, LESSON_SETUP as lora } from '../lib/lora.ts';

const cost = compareCosts(scenario);
// 9.1's numeric question: the same workload at twice the volume.
const DOUBLED = 20_000;
const doubled = compareCosts({ ...scenario, dailyRequests: DOUBLED });

/** Numbers a quiz answer may take from the cost model by name: <NumericAnswer figure="monthly-saving-20k" />. */
export const LESSON_NUMBERS: Readonly<Record<string, number>> = {
  'monthly-saving-20k': doubled.monthlySaving,
};
const { training } = scenario;
const adapter = analyseLora(lora);
// Lesson 9.4's example job: the calculator's training settings, priced by its trainingCost.
const job = { ...training, epochs: 1 };

/**
 * The figures a lesson's text may quote from the cost model and the LoRA model, by name and formatted as the calculator shows them:
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
  'training-examples': formatCount(training.examples),
  'training-tokens-per-example': formatCount(training.tokensPerExample),
  'training-tokens': formatCount(training.examples * training.tokensPerExample),
  'training-epochs': formatCount(training.epochs),
  'training-billed-tokens': formatCount(training.examples * training.tokensPerExample * training.epochs),
  'training-price': formatPrice(training.pricePerMillion),
  'training-cost-one-epoch': formatMoney(trainingCost(job)),
  'training-cost': formatMoney(trainingCost(training)),
  'lora-hidden-size': formatCount(lora.hiddenSize),
  'lora-layers': formatCount(lora.layers),
  'lora-rank': formatCount(lora.rank),
  'lora-matrices-per-layer': formatCount(lora.projections.length),
  'lora-base-billions': formatCount(lora.baseBillions),
  'lora-full-matrix': formatParams(adapter.fullMatrix),
  'lora-per-matrix': formatParams(adapter.perMatrix),
  'lora-trainable': formatParams(adapter.trainable),
  'lora-share': formatShare(adapter.sharePercent),
  'lora-adapter-size': formatBytes(adapter.adapterBytes),
  'base-size-16bit': formatBytes(adapter.baseParams * BYTES_PER_PARAM_16BIT),
  // 4 bits are half a byte; QLoRA's small per-block constants come on top, so the lesson says "about".
  'base-size-4bit': formatBytes(adapter.baseParams / 2n),
  'full-fine-tune-memory': formatBytes(adapter.baseParams * FULL_FINE_TUNE_BYTES_PER_PARAM),
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
