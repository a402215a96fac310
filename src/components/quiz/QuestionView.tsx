import type { LiveQuestion, QuestionState } from '../../lib/quiz-model';
import { ChoiceQuestionView } from './ChoiceQuestionView';
import { NumericQuestionView } from './NumericQuestionView';
import { OpenQuestionView } from './OpenQuestionView';
import { OrderingQuestionView } from './OrderingQuestionView';
import type { QuestionText } from './text';

interface Props {
  q: LiveQuestion;
  state: QuestionState;
  /** "Question 3". */
  title: string;
  /** Names the radio or checkbox group of a choice question; unique on the page. */
  name: string;
  text: QuestionText;
  onChange: (next: QuestionState) => void;
}

/** One question, drawn by the view of its kind: the quiz and the review page show every question through this. */
export function QuestionView({ q, name, ...view }: Props) {
  if (q.kind === 'open') return <OpenQuestionView q={q} {...view} />;
  if (q.kind === 'numeric') return <NumericQuestionView q={q} {...view} />;
  if (q.kind === 'ordering') return <OrderingQuestionView q={q} {...view} />;
  return <ChoiceQuestionView q={q} name={name} {...view} />;
}
