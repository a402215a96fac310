import type { LoraFieldKey, LoraInputKey } from '../../lib/lora-inputs';
import type { Projection } from '../../lib/lora';
import type { FieldLabel } from '../widget/fields';

/** How one typed field is labelled in the form: each has a hint. */
export type LoraFieldLabel = FieldLabel<LoraFieldKey> & { hint: string };

/** The typed fields in the form's order; the projections' checkboxes sit between the layers and the rank. */
export const MODEL_FIELDS: readonly LoraFieldLabel[] = [
  { key: 'hiddenSize', label: 'Hidden size', unit: 'd_model', hint: '4,096 for a “7B” model like LLaMA-7B.' },
  { key: 'layers', label: 'Layers', unit: 'transformer blocks', hint: '32 for LLaMA-7B.' },
];

/** The fields after the checkboxes. */
export const ADAPTER_FIELDS: readonly LoraFieldLabel[] = [
  { key: 'rank', label: 'Rank', unit: 'r', hint: 'At most the hidden size; 4 to 64 is usual.' },
  { key: 'baseBillions', label: 'Base model size', unit: 'billions of parameters', hint: '6.7 for LLaMA-7B: “7B” is a rounded name.' },
];

/** The checkboxes' labels: each projection's name and its matrix. */
export const PROJECTION_LABELS: Record<Projection, string> = { q: 'Query (W_q)', k: 'Key (W_k)', v: 'Value (W_v)', o: 'Output (W_o)' };

/** An input's name in messages that list what to fix: a field's label, or the checkboxes' name. */
export const INPUT_NAMES = {
  ...Object.fromEntries([...MODEL_FIELDS, ...ADAPTER_FIELDS].map((f) => [f.key, f.label])),
  projections: 'Matrices adapted',
} as Record<LoraInputKey, string>;
