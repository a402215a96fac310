import { formatBytes } from './bytes.ts';
// LoRA's parameter arithmetic (Hu et al. 2021, arXiv 2106.09685): a frozen d_out × d_in matrix W gets a trainable update
// B·A, with B of d_out × r and A of r × d_in, so each adapted matrix trains r × (d_in + d_out) numbers. Counts are
// BigInt so they stay exact at any size the inputs allow.

/** The attention projections a LoRA adapter can adapt in each layer: query, key, value and output. */
export const PROJECTIONS = ['q', 'k', 'v', 'o'] as const;
/** One attention projection. */
export type Projection = (typeof PROJECTIONS)[number];

/** A model and the adapter put on it. */
export interface LoraSetup {
  /** The model's hidden size (d_model); every attention projection is hiddenSize × hiddenSize. */
  hiddenSize: number;
  layers: number;
  /** The projections adapted in every layer, in PROJECTIONS order. */
  projections: readonly Projection[];
  rank: number;
  /** The base model's parameter count in billions, up to three decimals (a million parameters). */
  baseBillions: number;
}

/**
 * The lesson's example: a "7B" model shaped like LLaMA-7B (hidden size 4,096, 32 layers, 6.7 billion parameters; Touvron
 * et al. 2023, arXiv 2302.13971) with the query and value projections adapted at rank 8, as in the LoRA paper.
 */
export const LESSON_SETUP: LoraSetup = { hiddenSize: 4_096, layers: 32, projections: ['q', 'v'], rank: 8, baseBillions: 6.7 };

/** Bytes per parameter when the adapter is stored at 16-bit (fp16 or bf16). */
export const BYTES_PER_PARAM_16BIT = 2n;

/**
 * Bytes of GPU memory per parameter that full fine-tuning with Adam in mixed precision needs before activations: 16-bit
 * weights and gradients (2 + 2) and 32-bit master weights and two optimizer moments (12). Rajbhandari et al. 2019 (ZeRO),
 * arXiv 1910.02054.
 */
export const FULL_FINE_TUNE_BYTES_PER_PARAM = 16n;

/** Everything the widget shows for one setup, exact. */
export interface LoraResult {
  /** The full d × d matrix one adapter stands beside. */
  fullMatrix: bigint;
  /** Trainable parameters of one adapted matrix: r × (d_in + d_out). */
  perMatrix: bigint;
  trainable: bigint;
  baseParams: bigint;
  /** trainable as a percentage of baseParams. */
  sharePercent: number;
  adapterBytes: bigint;
}

/** Trainable parameters LoRA adds to one d_out × d_in matrix at rank r: r × (d_in + d_out). */
export function loraParamsPerMatrix(dIn: number, dOut: number, rank: number): bigint {
  return BigInt(rank) * (BigInt(dIn) + BigInt(dOut));
}

/** A parameter count in billions (up to three decimals) as an exact whole number of parameters. */
export function paramsFromBillions(billions: number): bigint {
  return BigInt(Math.round(billions * 1_000)) * 1_000_000n;
}

/** The adapter's trainable parameters, their share of the base model and their size at 16-bit, for one setup. */
export function analyseLora(s: LoraSetup): LoraResult {
  const d = BigInt(s.hiddenSize);
  const perMatrix = loraParamsPerMatrix(s.hiddenSize, s.hiddenSize, s.rank);
  const trainable = perMatrix * BigInt(s.projections.length) * BigInt(s.layers);
  const baseParams = paramsFromBillions(s.baseBillions);
  // Both counts are far below 2^53 at the inputs' limits, so the division is the only rounding.
  const sharePercent = baseParams > 0n ? (Number(trainable) * 100) / Number(baseParams) : Infinity;
  return { fullMatrix: d * d, perMatrix, trainable, baseParams, sharePercent, adapterBytes: trainable * BYTES_PER_PARAM_16BIT };
}

const whole = new Intl.NumberFormat('en-US');
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const twoDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/** A parameter count with thousands separators, exactly: "4,194,304". */
export function formatParams(n: bigint): string {
  return whole.format(n);
}

/** A share in percent: "0.06%"; below 0.01% two significant digits ("0.0039%") so a small share never reads as 0. */
export function formatShare(percent: number): string {
  if (percent < 0.000_001) return 'less than 0.000001%';
  return `${percent < 0.01 ? twoDigits.format(percent) : twoDecimals.format(percent)}%`;
}

/** The multiplication behind the count, as the widget prints it: "32 layers × 2 matrices × rank 8 × (4,096 + 4,096) = 4,194,304". */
export function loraFormula(s: LoraSetup, r: LoraResult): string {
  const n = s.projections.length;
  const d = whole.format(s.hiddenSize);
  return `${whole.format(s.layers)} ${s.layers === 1 ? 'layer' : 'layers'} × ${n} ${n === 1 ? 'matrix' : 'matrices'} × rank ${whole.format(s.rank)} × (${d} + ${d}) = ${formatParams(r.trainable)}`;
}

/** One sentence of the results, for the live region: "4,194,304 trainable parameters, 0.06% of the base model, 8.4 MB at 16-bit." */
export function loraSummary(r: LoraResult): string {
  return `${formatParams(r.trainable)} trainable parameters, ${formatShare(r.sharePercent)} of the base model, ${formatBytes(r.adapterBytes)} at 16-bit.`;
}
