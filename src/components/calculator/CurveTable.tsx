import type { CostCurve } from '../../lib/cost-chart';
import { formatCount } from '../../lib/format';
import Figure from './Figure';

/** The chart's figures as a table, on the page and in print: each approach's monthly cost at each daily volume. */
export default function CurveTable({ curve, paybackDays, title }: { curve: CostCurve; paybackDays: number; title: string }) {
  return (
    <table>
      <caption>
        {title} (the fine-tuned column includes the training cost spread over {formatCount(paybackDays)} days)
      </caption>
      <thead>
        <tr>
          <th scope="col">Requests a day</th>
          <th scope="col">GPT-4o, long prompt</th>
          <th scope="col">Fine-tuned GPT-4o-mini</th>
        </tr>
      </thead>
      <tbody>
        {curve.points.map((p) => (
          <tr key={p.requests}>
            <th scope="row">{formatCount(p.requests)}</th>
            <td>
              <Figure m={p.large} />
            </td>
            <td>
              <Figure m={p.fineTuned} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
