import { formatBytes } from '../../src/lib/bytes';
import { describe, expect, it } from 'vitest';
import {
  analyseLora,
  formatParams,
  formatShare,
  LESSON_SETUP,
  loraFormula,
  loraParamsPerMatrix,
  loraSummary,
  paramsFromBillions,
  type LoraSetup,
} from '../../src/lib/lora';

const setup = (over: Partial<LoraSetup>): LoraSetup => ({ ...LESSON_SETUP, ...over });

describe('the LoRA parameter model', () => {
  it("gives the lesson's figures for a 7B model with query and value adapted at rank 8", () => {
    const r = analyseLora(LESSON_SETUP);
    expect(r.trainable).toBe(4_194_304n);
    expect(r.perMatrix).toBe(65_536n);
    expect(r.fullMatrix).toBe(16_777_216n);
    expect(r.baseParams).toBe(6_700_000_000n);
    expect(r.adapterBytes).toBe(8_388_608n);
    expect(formatParams(r.trainable)).toBe('4,194,304');
    expect(formatShare(r.sharePercent)).toBe('0.06%');
    expect(formatBytes(r.adapterBytes)).toBe('8.4 MB');
  });

  // [what changes, the setup, trainable parameters, share, size at 16-bit]
  it.each<[string, Partial<LoraSetup>, bigint, string, string]>([
    ['rank 16 doubles everything', { rank: 16 }, 8_388_608n, '0.13%', '16.8 MB'],
    ['all four projections at rank 8', { projections: ['q', 'k', 'v', 'o'] }, 8_388_608n, '0.13%', '16.8 MB'],
    ['query only at rank 1', { projections: ['q'], rank: 1 }, 262_144n, '0.0039%', '524 KB'],
    ['rank 64 on all four', { projections: ['q', 'k', 'v', 'o'], rank: 64 }, 67_108_864n, '1.00%', '134 MB'],
    ['a 70B-shaped model (8,192 wide, 80 layers, 70 billion)', { hiddenSize: 8_192, layers: 80, baseBillions: 70 }, 20_971_520n, '0.03%', '41.9 MB'],
    ['the smallest model the inputs allow', { hiddenSize: 1, layers: 1, projections: ['q'], rank: 1, baseBillions: 0.001 }, 2n, '0.0002%', '4 bytes'],
  ])('%s', (_name, over, trainable, share, size) => {
    const r = analyseLora(setup(over));
    expect(r.trainable).toBe(trainable);
    expect(formatShare(r.sharePercent)).toBe(share);
    expect(formatBytes(r.adapterBytes)).toBe(size);
  });

  it('stays exact at the largest inputs, where a float would already round', () => {
    const r = analyseLora({ hiddenSize: 65_536, layers: 1_000, projections: ['q', 'k', 'v', 'o'], rank: 65_536, baseBillions: 10_000 });
    // 1,000 × 4 × 65,536 × 131,072 = 2^35 × 1,000, exactly; more than the 10-trillion-parameter base model itself.
    expect(r.trainable).toBe(34_359_738_368_000n);
    expect(formatParams(r.trainable)).toBe('34,359,738,368,000');
    expect(formatBytes(r.adapterBytes)).toBe('68.7 TB');
    expect(formatShare(r.sharePercent)).toBe('343.60%');
  });

  it('counts r × (d_in + d_out) for a matrix that is not square', () => {
    expect(loraParamsPerMatrix(4_096, 11_008, 8)).toBe(120_832n);
  });

  it.each([
    [6.7, 6_700_000_000n],
    [6.738, 6_738_000_000n],
    [0.001, 1_000_000n],
    [175, 175_000_000_000n],
  ])('reads %s billion as %s parameters exactly', (billions, params) => {
    expect(paramsFromBillions(billions)).toBe(params);
  });

  it.each<[bigint, string]>([
    [512n, '512 bytes'],
    [999_960n, '1 MB'],
    [1_500n, '1.5 KB'],
    [134_217_728n, '134 MB'],
    [2_000_000_000n, '2 GB'],
  ])('writes %s bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('says when a share is too small to write, and more than the base model when an adapter outgrows it', () => {
    expect(formatShare(1e-9)).toBe('less than 0.000001%');
    const big = analyseLora(setup({ hiddenSize: 65_536, layers: 1_000, rank: 65_536, baseBillions: 0.001 }));
    expect(big.trainable > big.baseParams).toBe(true);
  });

  it('prints the sum behind the count and one sentence for screen readers', () => {
    const r = analyseLora(LESSON_SETUP);
    expect(loraFormula(LESSON_SETUP, r)).toBe('32 layers × 2 matrices × rank 8 × (4,096 + 4,096) = 4,194,304');
    expect(loraFormula(setup({ layers: 1, projections: ['v'] }), analyseLora(setup({ layers: 1, projections: ['v'] })))).toBe(
      '1 layer × 1 matrix × rank 8 × (4,096 + 4,096) = 65,536',
    );
    expect(loraSummary(r)).toBe('4,194,304 trainable parameters, 0.06% of the base model, 8.4 MB at 16-bit.');
  });
});
