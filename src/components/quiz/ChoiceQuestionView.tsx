import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkAnswer,
  checkScoreNote,
  feedbackFor,
  isLocked,
  selectChoice,
  setRevealed,
  tryAgain,
  type LiveChoiceQuestion,
  type QuestionState,
} from '../../lib/quiz-model';
import { AnswerKey } from './AnswerKey';
import { Hints } from './Hints';
import { QuestionHeader, QuestionLink } from './QuestionHeader';
import type { QuestionText } from './text';

interface Props {
  q: LiveChoiceQuestion;
  text: QuestionText;
  state: QuestionState;
  title: string;
  name: string;
  onChange: (next: QuestionState) => void;
}

/** A single- or multiple-choice question: choose, Check, Try again, or open the answer. */
export function ChoiceQuestionView({ q, state, title, name, text, onChange }: Props) {
  const feedback = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const [focusTo, setFocusTo] = useState<'feedback' | 'choices' | null>(null);
  const [hint, setHint] = useState('');
  const locked = isLocked(state);
  useEffect(() => {
    if (focusTo === 'feedback') feedback.current?.focus();
    if (focusTo === 'choices') root.current?.querySelector('input')?.focus();
    if (focusTo) setFocusTo(null);
  }, [focusTo]);

  const check = () => {
    setHint(state.selected.length === 0 ? 'Choose an answer first.' : '');
    const next = checkAnswer(q, state);
    // An exercise's model answer is part of the feedback: a right answer opens it for comparison.
    onChange(text.model && next.result === 'right' ? setRevealed(q, next, true) : next);
    setFocusTo('feedback');
  };
  const again = () => {
    onChange(tryAgain(state));
    setFocusTo('choices');
  };
  const chosen = feedbackFor(q, state);
  const note = checkScoreNote(state);
  // With the answer open, its explanations are there: the feedback does not repeat them.
  const open = state.revealed;
  return (
    <div class="quiz-q" id={q.id} data-result={state.result ?? undefined} ref={root}>
      <fieldset>
        <legend>
          <QuestionHeader title={title} prompt={text.prompt} />
        </legend>
        <QuestionLink id={q.id} title={title} />
        {text.context && <div class="quiz-context">{text.context}</div>}
        {q.kind === 'multiple' && (
          <p class="quiz-hint" data-pagefind-ignore>
            Choose every answer that applies.
          </p>
        )}
        <ul class="quiz-choices">
          {q.right.map((_, i) => (
            <li>
              <label>
                <input
                  type={q.kind === 'single' ? 'radio' : 'checkbox'}
                  name={name}
                  checked={state.selected.includes(i)}
                  disabled={locked}
                  onChange={(e) => {
                    setHint('');
                    onChange(selectChoice(q, state, i, e.currentTarget.checked));
                  }}
                />
                {/* One flex item, however much markup the choice's Markdown holds. */}
                <span>{text.choice(i)}</span>
              </label>
            </li>
          ))}
        </ul>
        {text.model && (
          <div class="quiz-text" data-pagefind-ignore>
            <label for={`${q.id}-reasoning`}>Your reasoning</label>
            <textarea id={`${q.id}-reasoning`} rows={3} value={state.text} onInput={(e) => onChange({ ...state, text: e.currentTarget.value })} />
          </div>
        )}
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
          {hint && <p>{hint}</p>}
          {state.result && (
            <>
              <p class="quiz-result">
                <span aria-hidden="true">{state.result === 'right' ? '✓ ' : '✗ '}</span>
                {state.result === 'right' ? 'Correct.' : 'Not quite.'}
              </p>
              {chosen.map((i) => (
                <div class="quiz-chosen">
                  <p>You chose: {text.choice(i)}</p>
                  {!open && text.why(i)}
                </div>
              ))}
              {note && <p>{note}</p>}
              {state.result === 'wrong' && <p>{open ? 'Try again, or read the answer below.' : 'Try again, or reveal the answer below.'}</p>}
              {state.result === 'right' && !open && text.explanation}
              {state.result === 'right' && text.model && <p>Compare your reasoning with the model answer below.</p>}
            </>
          )}
        </div>
        <details class="quiz-answer" data-pagefind-ignore open={open} onToggle={(e) => onChange(setRevealed(q, state, e.currentTarget.open))}>
          <summary>Reveal answer</summary>
          <AnswerKey q={q} text={text} peeked={state.peeked} />
        </details>
      </fieldset>
    </div>
  );
}
