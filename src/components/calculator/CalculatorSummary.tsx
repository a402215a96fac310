import type { ShownResults } from '../../lib/cost-inputs';
import { breakEvenDaysText, breakEvenVolumeShort, listOfNames, monthlySavingShort } from '../../lib/cost-report';

/** The key results beside the main inputs (above them on a phone), so a change shows where it is made; marked while not current. */
export default function CalculatorSummary({ shown: { analysis: a, current }, invalid }: { shown: ShownResults; invalid: string[] }) {
  const items: [string, string][] = [
    ['Saves', monthlySavingShort(a)],
    ['Pays back', breakEvenDaysText(a)],
    ['Break-even', breakEvenVolumeShort(a)],
  ];
  return (
    <div class={`widget-key calc-key${current ? '' : ' is-stale'}`}>
      <p class="calc-key-head">{current ? 'At these numbers, fine-tuning' : `Not current: fix ${listOfNames(invalid)}`}</p>
      <dl>
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
