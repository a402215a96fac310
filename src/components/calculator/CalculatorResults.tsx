import { LESSON_SCENARIO, type Money } from '../../lib/cost';
import type { ShownResults } from '../../lib/cost-inputs';
import { breakEvenDaysText, breakEvenVolumeText, staleReason } from '../../lib/cost-report';
import { formatCount, formatMoney, formatPrice } from '../../lib/format';
import Figure from './Figure';

interface Props {
  shown: ShownResults;
  /** Labels of the fields that need fixing before the results are current again. */
  invalid: string[];
}

const Row = ({ head, cells, lesson = false }: { head: string; cells: Money[]; lesson?: boolean }) => (
  <tr class={lesson ? 'calc-lesson-row' : undefined}>
    <th scope="row">{head}</th>
    {cells.map((m, i) => (
      <td key={i}>
        <Figure m={m} />
      </td>
    ))}
  </tr>
);

/** The figures for the scenario; while a field is invalid, the last valid figures, kept in place and marked as not current. */
export default function CalculatorResults({ shown: { analysis: a, values: v, current }, invalid }: Props) {
  const { large: l, fineTuned: f } = a;
  return (
    <div class={`calc-results${current ? '' : ' is-stale'}`}>
      {!current && (
        <p class="widget-warn">
          <strong>Not current.</strong> {staleReason(invalid)}
        </p>
      )}
      <div class="table-scroll">
        <table>
          <caption>Running costs (a month is {LESSON_SCENARIO.daysPerMonth} days, a year 12 months)</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">GPT-4o + long prompt</th>
              <th scope="col">Fine-tuned GPT-4o-mini</th>
              <th scope="col">Fine-tuning saves</th>
            </tr>
          </thead>
          <tbody>
            <Row lesson head="Input only, a day" cells={[l.inputDaily, f.inputDaily, a.inputDailySaving]} />
            <Row lesson head="Input only, a month" cells={[l.inputMonthly, f.inputMonthly, a.inputMonthlySaving]} />
            <Row head="Output, a day" cells={[l.outputDaily, f.outputDaily, l.outputDaily - f.outputDaily]} />
            <Row head="Total, a day" cells={[l.daily, f.daily, a.dailySaving]} />
            <Row head="Total, a month" cells={[l.monthly, f.monthly, a.monthlySaving]} />
            <Row head="Total, a year" cells={[l.yearly, f.yearly, a.yearlySaving]} />
          </tbody>
        </table>
      </div>
      <p class="calc-note">
        The highlighted rows count input tokens only, as the lesson’s comparison does; the totals add output tokens. A negative saving means
        fine-tuning costs more.
      </p>
      <dl class="calc-breakeven">
        <div>
          <dt>One-time training cost</dt>
          <dd>
            {formatMoney(a.trainingCost)}{' '}
            <span class="widget-unit">
              ({formatCount(v.trainingExamples)} examples × {formatCount(v.tokensPerExample)} tokens × {formatCount(v.epochs)} epochs at{' '}
              {formatPrice(v.trainingPrice)} per 1M tokens)
            </span>
          </dd>
        </div>
        <div>
          <dt>Training pays for itself</dt>
          <dd>{breakEvenDaysText(a)}</dd>
        </div>
        <div>
          <dt>Break-even volume</dt>
          <dd>{breakEvenVolumeText(a, v.paybackDays)}</dd>
        </div>
      </dl>
    </div>
  );
}
