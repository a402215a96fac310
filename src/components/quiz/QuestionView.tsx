import { ChoiceQuestionView } from './ChoiceQuestionView';
import { NumericQuestionView } from './NumericQuestionView';
import { OpenQuestionView } from './OpenQuestionView';
import { OrderingQuestionView } from './OrderingQuestionView';
import type { ViewProps } from './QuestionCard';

/** One question, drawn by the view of its kind: the quiz and the review page show every question through this. */
export function QuestionView({ q, name, ...view }: ViewProps & { name: string }) {
  if (q.kind === 'open') return <OpenQuestionView q={q} {...view} />;
  if (q.kind === 'numeric') return <NumericQuestionView q={q} {...view} />;
  if (q.kind === 'ordering') return <OrderingQuestionView q={q} {...view} />;
  return <ChoiceQuestionView q={q} name={name} {...view} />;
}
