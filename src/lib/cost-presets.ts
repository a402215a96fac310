import { DEFAULT_VALUES, type CalculatorValues } from './cost-inputs';

/** A ready-made scenario a learner can start from. */
export interface CostPreset {
  id: 'lesson' | 'low' | 'high';
  label: string;
  values: CalculatorValues;
}

/** The lesson's scenario, a small internal tool, and a busy public product (same prices, different workloads). */
export const COST_PRESETS: readonly CostPreset[] = [
  { id: 'lesson', label: 'The lesson’s example', values: DEFAULT_VALUES },
  {
    id: 'low',
    label: 'Low volume',
    values: { ...DEFAULT_VALUES, dailyRequests: 20, outputTokensPerRequest: 200, trainingExamples: 1_000, tokensPerExample: 1_000 },
  },
  {
    id: 'high',
    label: 'High volume',
    values: { ...DEFAULT_VALUES, dailyRequests: 1_000_000, outputTokensPerRequest: 200, trainingExamples: 5_000, tokensPerExample: 1_000 },
  },
];
