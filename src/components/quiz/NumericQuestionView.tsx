import { useRef, useState } from 'preact/hooks';
import { judgeNumber } from '../../lib/numeric-answer';
import { isLocked, recordCheck, type LiveNumericQuestion, type QuestionState } from '../../lib/quiz-model';
import { CheckedQuestion } from './CheckedQuestion';
import type { QuestionText } from './text';

interface Props {
  q: LiveNumericQuestion;
  state: QuestionState;
  title: string;
  text: QuestionText;
  onChange: (next: QuestionState) => void;
}

/** A question answered with a number: type it, Check (within the tolerance, in the unit), Try again, or open the answer. */
export function NumericQuestionView(props: Props) {
  const { q, state, onChange } = props;
  const feedback = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Why the typed text is no number; nothing is checked or saved as an attempt until it is one.
  const [error, setError] = useState('');
  const locked = isLocked(state);
  const typed = state.text.trim();
  // After the DOM update, so what is read out is the new text.
  const focus = (el: { current: HTMLElement | null }) => requestAnimationFrame(() => el.current?.focus());
  const check = () => {
    const verdict = judgeNumber(q, state.text);
    setError(verdict.ok ? '' : verdict.error);
    if (verdict.ok) onChange(recordCheck(state, verdict.right));
    focus(verdict.ok ? feedback : input);
  };
  const errorId = `${q.id}-error`;
  return (
    <CheckedQuestion
      {...props}
      onCheck={check}
      onAgain={() => focus(input)}
      verdict={state.result === 'right' ? `${typed} is right.` : `${typed} is not the answer.`}
      feedbackRef={feedback}
      answer={
        <p class="quiz-model">
          <span class="quiz-verdict">Answer:</span> {props.text.answer}
        </p>
      }
    >
      <div class="quiz-text" data-pagefind-ignore>
        <label for={`${q.id}-number`}>Your answer{q.unit ? ` (${q.unit})` : ''}</label>
        <input
          id={`${q.id}-number`}
          class="quiz-number"
          ref={input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={state.text}
          readOnly={locked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => {
            setError('');
            onChange({ ...state, text: e.currentTarget.value });
          }}
          onKeyDown={(e) => e.key === 'Enter' && !locked && check()}
        />
        {error && (
          <p class="quiz-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
    </CheckedQuestion>
  );
}
