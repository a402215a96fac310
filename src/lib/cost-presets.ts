import { DEFAULT_VALUES, type CalculatorValues } from './cost-inputs';

/** A ready-made scenario a learner can start from. */
export interface CostPreset {
  label: string;
  values: CalculatorValues;
}

/** The lesson's scenario, a small internal tool, and a busy public product (same prices, different workloads). */
export const COST_PRESETS: readonly CostPreset[] = [
  { label: 'The lesson’s example', values: DEFAULT_VALUES },
  {
    label: 'Low volume',
    values: { ...DEFAULT_VALUES, dailyRequests: 20, outputTokensPerRequest: 200, trainingExamples: 1_000, tokensPerExample: 1_000 },
  },
  {
    label: 'High volume',
    values: { ...DEFAULT_VALUES, dailyRequests: 1_000_000, outputTokensPerRequest: 200, trainingExamples: 5_000, tokensPerExample: 1_000 },
  },
];
