import { formatBytes } from '../../lib/bytes';
import { formatParams, formatShare, loraFormula } from '../../lib/lora';
import type { LoraResult, LoraSetup } from '../../lib/lora';

interface Props {
  setup: LoraSetup;
  result: LoraResult;
  /** False while an input is invalid: the figures are the last valid ones. */
  current: boolean;
  /** The inputs to fix, by name, when not current. */
  invalid: string[];
}

/** The adapter's figures: trainable parameters, share of the base model, size at 16-bit, and the sum behind them. */
export default function LoraResults({ setup, result: r, current, invalid }: Props) {
  const items: [string, string][] = [
    ['Trainable parameters', formatParams(r.trainable)],
    ['Share of the base model', formatShare(r.sharePercent)],
    ['Adapter size at 16-bit', formatBytes(r.adapterBytes)],
  ];
  return (
    <div class={`lora-results${current ? '' : ' is-stale'}`}>
      {!current && <p class="widget-warn">Not current. These are the figures for the last valid inputs: fix {invalid.join(', ')} to update them.</p>}
      <dl class="widget-key lora-key">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="lora-formula">{loraFormula(setup, r)}</p>
      <p class="lora-detail">
        Each adapted matrix trains {formatParams(r.perMatrix)} parameters beside its {formatParams(r.fullMatrix)} frozen ones. At 16-bit each
        parameter takes 2 bytes; 1 MB is 1,000,000 bytes.
      </p>
      {r.trainable > r.baseParams && <p class="widget-warn">That is more than the whole base model: check its size.</p>}
    </div>
  );
}
