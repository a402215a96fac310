/** One way of serving the requests: a model, the system prompt it needs, and its input price. */
export interface Approach {
  /** Short name shown in text and widgets, e.g. "GPT-4o with a long prompt". */
  label: string;
  systemPromptTokens: number;
  /** US dollars per one million input tokens. */
  pricePerMillionInput: number;
}

/** A workload and the two approaches being compared. */
export interface CostScenario {
  dailyRequests: number;
  /** The user's own content per request, before the system prompt is added. */
  tokensPerRequest: number;
  daysPerMonth: number;
  large: Approach;
  fineTuned: Approach;
}

/** The lesson's worked example (OpenAI list prices of mid-2024): the one source of its figures. */
export const LESSON_SCENARIO: CostScenario = {
  dailyRequests: 10_000,
  tokensPerRequest: 200,
  daysPerMonth: 30,
  large: { label: 'GPT-4o with a 500-token system prompt', systemPromptTokens: 500, pricePerMillionInput: 5 },
  fineTuned: { label: 'Fine-tuned GPT-4o-mini with a 50-token system prompt', systemPromptTokens: 50, pricePerMillionInput: 0.3 },
};

/** The result of comparing the two approaches, in US dollars. */
export interface CostComparison {
  largeTokensPerRequest: number;
  fineTunedTokensPerRequest: number;
  largeDaily: number;
  fineTunedDaily: number;
  dailySaving: number;
  monthlySaving: number;
}

// Money is rounded to a hundredth of a cent at each step so binary floating point never shows as 0.7500000001.
const roundMoney = (dollars: number) => Math.round(dollars * 10_000) / 10_000;

/** Input cost of one day: requests × (own tokens + system-prompt tokens) × price per token. */
export function dailyInputCost(dailyRequests: number, tokensPerRequest: number, approach: Approach): number {
  const tokens = dailyRequests * (tokensPerRequest + approach.systemPromptTokens);
  return roundMoney((tokens * approach.pricePerMillionInput) / 1_000_000);
}

/** Daily cost of each approach and what the fine-tuned one saves per day and per month. */
export function compareCosts(s: CostScenario): CostComparison {
  const largeDaily = dailyInputCost(s.dailyRequests, s.tokensPerRequest, s.large);
  const fineTunedDaily = dailyInputCost(s.dailyRequests, s.tokensPerRequest, s.fineTuned);
  const dailySaving = roundMoney(largeDaily - fineTunedDaily);
  return {
    largeTokensPerRequest: s.tokensPerRequest + s.large.systemPromptTokens,
    fineTunedTokensPerRequest: s.tokensPerRequest + s.fineTuned.systemPromptTokens,
    largeDaily,
    fineTunedDaily,
    dailySaving,
    monthlySaving: roundMoney(dailySaving * s.daysPerMonth),
  };
}
