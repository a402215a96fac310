import type { FieldKey } from '../../lib/cost-inputs';
import type { FieldLabel } from '../widget/fields';

/** A fieldset of the form: its legend and its fields. */
export interface FieldGroup {
  legend: string;
  fields: readonly FieldLabel<FieldKey>[];
}

/** The form's fields in groups, each group a fieldset with a legend; the first is always open, the others folded. */
export const FIELD_GROUPS: readonly FieldGroup[] = [
  {
    legend: 'Your workload',
    fields: [
      { key: 'dailyRequests', label: 'Daily requests', unit: 'requests a day' },
      { key: 'tokensPerRequest', label: 'Your content per request', unit: 'tokens', hint: 'The user’s own text, before any system prompt.' },
      { key: 'outputTokensPerRequest', label: 'Output per request', unit: 'tokens', hint: '0 keeps the lesson’s input-only comparison.' },
    ],
  },
  {
    legend: 'GPT-4o with a long prompt',
    fields: [
      { key: 'largePromptTokens', label: 'GPT-4o system prompt', unit: 'tokens' },
      { key: 'largeInputPrice', label: 'GPT-4o input price', unit: 'US$ per 1M tokens' },
      { key: 'largeOutputPrice', label: 'GPT-4o output price', unit: 'US$ per 1M tokens' },
    ],
  },
  {
    legend: 'Fine-tuned GPT-4o-mini',
    fields: [
      { key: 'fineTunedPromptTokens', label: 'Fine-tuned system prompt', unit: 'tokens' },
      { key: 'fineTunedInputPrice', label: 'Fine-tuned input price', unit: 'US$ per 1M tokens' },
      { key: 'fineTunedOutputPrice', label: 'Fine-tuned output price', unit: 'US$ per 1M tokens' },
    ],
  },
  {
    legend: 'One-time fine-tuning',
    fields: [
      { key: 'trainingExamples', label: 'Training examples', unit: 'examples' },
      { key: 'tokensPerExample', label: 'Tokens per example', unit: 'tokens' },
      { key: 'epochs', label: 'Epochs', unit: 'passes over the data' },
      { key: 'trainingPrice', label: 'Training price', unit: 'US$ per 1M training tokens' },
    ],
  },
  {
    legend: 'Your decision',
    fields: [{ key: 'paybackDays', label: 'Pay back the training within', unit: 'days', hint: 'Used for the break-even volume and the chart.' }],
  },
];

/** A field's label by key, for messages that name it. */
export const LABELS = Object.fromEntries(FIELD_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f.label]))) as Record<FieldKey, string>;
