import { useRef, useState } from 'preact/hooks';
import { judgeNumber, withinTolerance, type NumericChoice } from '../../lib/numeric-answer';
import { isLocked, recordCheck, type LiveNumericQuestion } from '../../lib/quiz-model';
import { CheckedQuestion, focusSoon as focus } from './CheckedQuestion';
import type { ViewProps } from './QuestionCard';

/** A question answered with a number: type it, Check (within the tolerance, in the unit), Try again, or open the answer. */
export function NumericQuestionView(props: ViewProps<LiveNumericQuestion>) {
  const { q, state, onChange } = props;
  const feedback = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Why the typed text is no number, or which of its two readings was meant; no try is spent until that is settled.
  const [error, setError] = useState('');
  const [choice, setChoice] = useState<NumericChoice | undefined>();
  // Said aloud when Enter in the box brought the message, as focus then stays put and its description is not read again.
  const [said, setSaid] = useState('');
  const locked = isLocked(state);
  const typed = state.text.trim();
  const settle = (text: string, value: number) => {
    setError('');
    setChoice(undefined);
    onChange(recordCheck({ ...state, text }, withinTolerance(q, value)));
    focus(feedback);
  };
  const check = (text = state.text) => {
    const verdict = judgeNumber(q, text);
    if (verdict.ok) return settle(text, verdict.value);
    setError(verdict.error);
    setChoice(verdict.choice);
    setSaid(document.activeElement === input.current ? verdict.error : '');
    focus(input);
  };
  const errorId = `${q.id}-error`;
  return (
    <CheckedQuestion
      {...props}
      onCheck={() => check()}
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
          aria-invalid={error && !choice ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => {
            setError('');
            setChoice(undefined);
            setSaid('');
            onChange({ ...state, text: e.currentTarget.value });
          }}
          onKeyDown={(e) => e.key === 'Enter' && !locked && check()}
        />
        {error && (
          <p class={choice ? 'quiz-ask' : 'quiz-error'} id={errorId}>
            {error}
          </p>
        )}
        {choice && (
          <div class="quiz-actions">
            <button type="button" class="btn" onClick={() => check(choice.meant)}>
              Yes, I meant {choice.meant}
            </button>
            <button type="button" class="btn" onClick={() => settle(state.text, choice.typed)}>
              No, check {choice.typed}
            </button>
          </div>
        )}
        <p class="sr-only" role="status">
          {said}
        </p>
      </div>
    </CheckedQuestion>
  );
}
