import { useRef, useState } from 'preact/hooks';
import { judgeNumber } from '../../lib/numeric-answer';
import { checkScoreNote, isLocked, recordCheck, setRevealed, tryAgain, type LiveNumericQuestion, type QuestionState } from '../../lib/quiz-model';
import { Hints } from './Hints';
import { PeekNote } from './PeekNote';
import { QuestionHeader, QuestionLink } from './QuestionHeader';
import type { QuestionText } from './text';

interface Props {
  q: LiveNumericQuestion;
  state: QuestionState;
  title: string;
  text: QuestionText;
  onChange: (next: QuestionState) => void;
}

/** A question answered with a number: type it, Check (within the tolerance, in the unit), Try again, or open the answer. */
export function NumericQuestionView({ q, state, title, text, onChange }: Props) {
  const feedback = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Why the typed text is no number; nothing is checked or saved as an attempt until it is one.
  const [error, setError] = useState('');
  const locked = isLocked(state);
  const promptId = `${q.id}-prompt`;
  const check = () => {
    const verdict = judgeNumber(q, state.text);
    setError(verdict.ok ? '' : verdict.error);
    if (verdict.ok) onChange(recordCheck(state, verdict.right));
    // After the DOM update, so the feedback read out is the new one.
    requestAnimationFrame(() => (verdict.ok ? feedback.current : input.current)?.focus());
  };
  const again = () => {
    onChange(tryAgain(state));
    requestAnimationFrame(() => input.current?.focus());
  };
  const note = checkScoreNote(state);
  return (
    <div class="quiz-q" id={q.id} role="group" aria-labelledby={promptId} data-result={state.result ?? undefined}>
      <QuestionLink id={q.id} title={title} />
      <p class="quiz-legend">
        <QuestionHeader id={promptId} title={title} prompt={text.prompt} />
      </p>
      {text.context && <div class="quiz-context">{text.context}</div>}
      <div class="quiz-text quiz-number" data-pagefind-ignore>
        <label for={`${q.id}-number`}>Your answer{q.unit ? ` (${q.unit})` : ''}</label>
        <input
          id={`${q.id}-number`}
          ref={input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={state.text}
          readOnly={locked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${q.id}-error` : undefined}
          onInput={(e) => {
            setError('');
            onChange({ ...state, text: e.currentTarget.value });
          }}
          onKeyDown={(e) => e.key === 'Enter' && !locked && check()}
        />
        {error && (
          <p class="quiz-error" id={`${q.id}-error`}>
            {error}
          </p>
        )}
      </div>
      <Hints q={q} state={state} text={text} onChange={onChange} />
      <div class="quiz-actions needs-js">
        {state.result === null && (
          <button type="button" class="btn" onClick={check}>
            Check
          </button>
        )}
        {state.result === 'wrong' && (
          <button type="button" class="btn" onClick={again}>
            Try again
          </button>
        )}
      </div>
      <div class="quiz-feedback needs-js" ref={feedback} tabIndex={-1}>
        {state.result && (
          <>
            <p class="quiz-result">
              <span aria-hidden="true">{state.result === 'right' ? '✓ ' : '✗ '}</span>
              {state.result === 'right' ? `Correct: ${state.text.trim()} is right.` : `Not quite: ${state.text.trim()} is not the answer.`}
            </p>
            {note && <p>{note}</p>}
            {state.result === 'wrong' && <p>{state.revealed ? 'Try again, or read the answer below.' : 'Try again, or reveal the answer below.'}</p>}
            {state.result === 'right' && !state.revealed && text.explanation}
          </>
        )}
      </div>
      <details class="quiz-answer" data-pagefind-ignore open={state.revealed} onToggle={(e) => onChange(setRevealed(q, state, e.currentTarget.open))}>
        <summary>Reveal answer</summary>
        {state.peeked && <PeekNote />}
        <p class="quiz-model">
          <span class="quiz-verdict">Answer:</span> {text.answer}
        </p>
        {text.explanation}
      </details>
    </div>
  );
}
