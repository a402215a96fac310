import type { ShownResults } from '../../lib/cost-inputs';
import { breakEvenDaysText, breakEvenVolumeShort, listOfNames, monthlySavingShort } from '../../lib/cost-report';

/** The key results beside the main inputs, so a change shows where it is made; marked while they are not current. */
export default function CalculatorSummary({ shown: { analysis: a, current }, invalid }: { shown: ShownResults; invalid: string[] }) {
  return (
    <div class={`calc-key${current ? '' : ' is-stale'}`}>
      <p class="calc-key-head">{current ? 'At these numbers' : `Not current: fix ${listOfNames(invalid)}`}</p>
      <dl>
        <dt>Fine-tuning saves</dt>
        <dd>{monthlySavingShort(a)}</dd>
        <dt>Training pays for itself</dt>
        <dd>{breakEvenDaysText(a)}</dd>
        <dt>Break-even volume</dt>
        <dd>{breakEvenVolumeShort(a)}</dd>
      </dl>
    </div>
  );
}
