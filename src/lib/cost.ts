/**
 * An amount of US dollars in exact picodollars (10⁻¹² USD). Prices have at most six decimals per million tokens, so
 * tokens × price is a whole number of picodollars: sums and products never drift, and cents stay right at any volume.
 */
export type Money = bigint;

/** One way of serving the requests: a model, the system prompt it needs, and its prices. */
export interface Approach {
  /** Short name shown in text and widgets, e.g. "GPT-4o with a long prompt". */
  label: string;
  systemPromptTokens: number;
  /** US dollars per one million input tokens. */
  pricePerMillionInput: number;
  /** US dollars per one million output tokens. */
  pricePerMillionOutput: number;
}

/** The one-time cost of fine-tuning: examples × tokens per example × epochs × training price. */
export interface Training {
  examples: number;
  tokensPerExample: number;
  epochs: number;
  /** US dollars per one million training tokens. */
  pricePerMillion: number;
}

/** A workload and the two approaches being compared. */
export interface CostScenario {
  dailyRequests: number;
  /** The user's own content per request, before the system prompt is added. */
  tokensPerRequest: number;
  /** Tokens the model writes per request (the same for both approaches). */
  outputTokensPerRequest: number;
  daysPerMonth: number;
  /** The period within which the training cost should be paid back, in days. */
  paybackDays: number;
  large: Approach;
  fineTuned: Approach;
  training: Training;
}

/**
 * The lesson's worked example (OpenAI list prices of mid-2024): the one source of its figures. Output tokens default to 0
 * so the seed's input-only comparison ($35.00 against $0.75 a day) stays exactly what the lesson shows.
 */
export const LESSON_SCENARIO: CostScenario = {
  dailyRequests: 10_000,
  tokensPerRequest: 200,
  outputTokensPerRequest: 0,
  daysPerMonth: 30,
  paybackDays: 30,
  large: { label: 'GPT-4o with a 500-token system prompt', systemPromptTokens: 500, pricePerMillionInput: 5, pricePerMillionOutput: 15 },
  fineTuned: {
    label: 'Fine-tuned GPT-4o-mini with a 50-token system prompt',
    systemPromptTokens: 50,
    pricePerMillionInput: 0.3,
    pricePerMillionOutput: 1.2,
  },
  training: { examples: 500, tokensPerExample: 500, epochs: 3, pricePerMillion: 3 },
};

/** Exact cost of some tokens at a price per million tokens (the price may have up to six decimals). */
export function tokenCost(tokens: number, pricePerMillion: number): Money {
  return BigInt(Math.round(tokens)) * BigInt(Math.round(pricePerMillion * 1_000_000));
}

/** Rounds money to whole cents, halves away from zero (as a person rounding a bill would). */
export function toCents(m: Money): bigint {
  const half = 5_000_000_000n;
  const unit = 10_000_000_000n;
  return m >= 0n ? (m + half) / unit : -((-m + half) / unit);
}

/** Money as a plain number of dollars rounded to the cent, for charts and text. */
export function toDollars(m: Money): number {
  return Number(toCents(m)) / 100;
}

/** What one approach costs, split the way the calculator shows it. */
export interface ApproachCosts {
  inputTokensPerRequest: number;
  perRequest: Money;
  inputDaily: Money;
  inputMonthly: Money;
  outputDaily: Money;
  daily: Money;
  monthly: Money;
  /** Twelve months of daysPerMonth days. */
  yearly: Money;
}

/** The full comparison: running costs, savings, the one-time training cost and when it pays back. */
export interface CostAnalysis {
  large: ApproachCosts;
  fineTuned: ApproachCosts;
  /** The seed's comparison: input tokens only. */
  inputDailySaving: Money;
  inputMonthlySaving: Money;
  dailySaving: Money;
  monthlySaving: Money;
  yearlySaving: Money;
  trainingCost: Money;
  /** Days of running savings needed to recover the training cost; null when fine-tuning never pays. */
  breakEvenDays: number | null;
  /** Fewest daily requests at which training pays back within paybackDays; null when no volume is enough. */
  breakEvenDailyRequests: number | null;
}

function approachCosts(s: CostScenario, a: Approach): ApproachCosts {
  const inputTokensPerRequest = s.tokensPerRequest + a.systemPromptTokens;
  const inputPerRequest = tokenCost(inputTokensPerRequest, a.pricePerMillionInput);
  const outputPerRequest = tokenCost(s.outputTokensPerRequest, a.pricePerMillionOutput);
  const requests = BigInt(Math.round(s.dailyRequests));
  const daily = (inputPerRequest + outputPerRequest) * requests;
  const monthly = daily * BigInt(s.daysPerMonth);
  return {
    inputTokensPerRequest,
    perRequest: inputPerRequest + outputPerRequest,
    inputDaily: inputPerRequest * requests,
    inputMonthly: inputPerRequest * requests * BigInt(s.daysPerMonth),
    outputDaily: outputPerRequest * requests,
    daily,
    monthly,
    yearly: monthly * 12n,
  };
}

/** The one-time cost of a fine-tuning run. */
export function trainingCost(t: Training): Money {
  return tokenCost(t.examples * t.tokensPerExample, t.pricePerMillion) * BigInt(Math.round(t.epochs));
}

/** Everything the calculator shows, computed exactly from one scenario. */
export function analyseCosts(s: CostScenario): CostAnalysis {
  const large = approachCosts(s, s.large);
  const fineTuned = approachCosts(s, s.fineTuned);
  const training = trainingCost(s.training);
  const savingPerRequest = large.perRequest - fineTuned.perRequest;
  const dailySaving = large.daily - fineTuned.daily;
  const inputDailySaving = large.inputDaily - fineTuned.inputDaily;
  const days = BigInt(s.daysPerMonth);
  const perPeriod = savingPerRequest * BigInt(s.paybackDays);
  return {
    large,
    fineTuned,
    inputDailySaving,
    inputMonthlySaving: inputDailySaving * days,
    dailySaving,
    monthlySaving: dailySaving * days,
    yearlySaving: dailySaving * days * 12n,
    trainingCost: training,
    breakEvenDays: dailySaving > 0n ? Number(training) / Number(dailySaving) : null,
    // Ceiling division: the smallest whole number of requests a day whose savings over the period cover training.
    breakEvenDailyRequests: perPeriod > 0n ? Number((training + perPeriod - 1n) / perPeriod) : null,
  };
}

/** The seed's input-only comparison in dollars, as the lesson text shows it. */
export interface CostComparison {
  largeTokensPerRequest: number;
  fineTunedTokensPerRequest: number;
  largeDaily: number;
  fineTunedDaily: number;
  dailySaving: number;
  monthlySaving: number;
}

/** Daily input cost of each approach and what the fine-tuned one saves per day and per month (input tokens only). */
export function compareCosts(s: CostScenario): CostComparison {
  const a = analyseCosts(s);
  return {
    largeTokensPerRequest: a.large.inputTokensPerRequest,
    fineTunedTokensPerRequest: a.fineTuned.inputTokensPerRequest,
    largeDaily: toDollars(a.large.inputDaily),
    fineTunedDaily: toDollars(a.fineTuned.inputDaily),
    dailySaving: toDollars(a.inputDailySaving),
    monthlySaving: toDollars(a.inputMonthlySaving),
  };
}
