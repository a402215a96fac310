import type { Money } from '../../lib/cost';
import { formatMoney } from '../../lib/format';

/** An amount that may break after a thousands comma in a narrow column: "$1,260,<wbr>000.00" rather than overflowing it. */
export default function Figure({ m }: { m: Money }) {
  const parts = formatMoney(m).split(',');
  return <>{parts.flatMap((p, i) => (i < parts.length - 1 ? [`${p},`, <wbr key={i} />] : [p]))}</>;
}
