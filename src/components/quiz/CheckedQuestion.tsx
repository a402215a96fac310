import type { ComponentChildren, Ref } from 'preact';
import { checkScoreNote, setRevealed, tryAgain, type LiveQuestion, type QuestionState } from '../../lib/quiz-model';
import { Hints } from './Hints';
import { PeekNote } from './PeekNote';
import { QuestionHeader, QuestionLink } from './QuestionHeader';
import type { QuestionText } from './text';

interface Props {
  q: LiveQuestion;
  state: QuestionState;
  title: string;
  text: QuestionText;
  onChange: (next: QuestionState) => void;
  /** What the learner answers with: the number box, the items to order. */
  children: ComponentChildren;
  onCheck: () => void;
  /** Runs after Try again, to put the keyboard back on the answer. */
  onAgain: () => void;
  /** What a Check said, after "Correct" or "Not quite". */
  verdict: string;
  feedbackRef: Ref<HTMLDivElement>;
  /** The answer, above the explanation, in the folded answer panel. */
  answer: ComponentChildren;
}

/** The frame of a question answered and then Checked (numeric, ordering): prompt, hints, Check, Try again, feedback, answer. */
export function CheckedQuestion({ q, state, title, text, onChange, children, onCheck, onAgain, verdict, feedbackRef, answer }: Props) {
  const note = checkScoreNote(state);
  const promptId = `${q.id}-prompt`;
  const open = state.revealed;
  return (
    <div class="quiz-q" id={q.id} role="group" aria-labelledby={promptId} data-result={state.result ?? undefined}>
      <QuestionLink id={q.id} title={title} />
      <p class="quiz-legend">
        <QuestionHeader id={promptId} title={title} prompt={text.prompt} />
      </p>
      {text.context && <div class="quiz-context">{text.context}</div>}
      {children}
      <Hints q={q} state={state} text={text} onChange={onChange} />
      <div class="quiz-actions needs-js">
        {state.result === null && (
          <button type="button" class="btn" onClick={onCheck}>
            Check
          </button>
        )}
        {state.result === 'wrong' && (
          <button
            type="button"
            class="btn"
            onClick={() => {
              onChange(tryAgain(state));
              onAgain();
            }}
          >
            Try again
          </button>
        )}
      </div>
      <div class="quiz-feedback needs-js" ref={feedbackRef} tabIndex={-1}>
        {state.result && (
          <>
            <p class="quiz-result">
              <span aria-hidden="true">{state.result === 'right' ? '✓ ' : '✗ '}</span>
              {state.result === 'right' ? 'Correct: ' : 'Not quite: '}
              {verdict}
            </p>
            {note && <p>{note}</p>}
            {state.result === 'wrong' && <p>{open ? 'Try again, or read the answer below.' : 'Try again, or reveal the answer below.'}</p>}
            {state.result === 'right' && !open && text.explanation}
          </>
        )}
      </div>
      <details class="quiz-answer" data-pagefind-ignore open={open} onToggle={(e) => onChange(setRevealed(q, state, e.currentTarget.open))}>
        <summary>Reveal answer</summary>
        {state.peeked && <PeekNote />}
        {answer}
        {text.explanation}
      </details>
    </div>
  );
}
