import type { ComponentChildren, RefObject } from 'preact';
import { checkScoreNote, setRevealed, tryAgain } from '../../lib/quiz-model';
import { Hints } from './Hints';
import { ModelAnswer, PeekNote, QuestionCard, type ViewProps } from './QuestionCard';

interface Props extends ViewProps {
  /** Choices go in a fieldset (QuestionCard). */
  fieldset?: boolean;
  /** What the learner answers with: the choices, the number box, the items to order. */
  children: ComponentChildren;
  onCheck: () => void;
  /** What a Check said, after "Correct" or "Not quite"; a choice question's says nothing more. */
  verdict?: string;
  /** A word before any Check: "Choose an answer first." */
  notice?: string;
  /** After the verdict: the choices picked, with why each is right or wrong. */
  feedback?: ComponentChildren;
  /** The feedback box, which the view focuses after a Check so its verdict is read out. */
  feedbackRef: RefObject<HTMLDivElement>;
  /** The answer, above the explanation, in the folded answer panel. */
  answer: ComponentChildren;
}

/** Focuses an element after the DOM update that a change of state brings, so what is read out is the new text. */
export const focusSoon = (el: { current: HTMLElement | null }) => requestAnimationFrame(() => el.current?.focus());

/** A question answered and then Checked (choice, numeric, ordering): prompt, hints, Check, Try again, feedback, answer. */
export function CheckedQuestion({ q, state, text, onChange, children, onCheck, verdict, notice, feedback, feedbackRef, answer, ...card }: Props) {
  const note = checkScoreNote(state);
  // With the answer open, its explanations are there: the feedback does not repeat them.
  const open = state.revealed;
  const again = () => {
    onChange(tryAgain(state));
    // Once unlocked, the keyboard goes back to the answer: the first choice, the number box, or the first item's Move button.
    requestAnimationFrame(() => feedbackRef.current?.closest('.quiz-q')?.querySelector<HTMLElement>('input, .quiz-order :enabled')?.focus());
  };
  return (
    <QuestionCard q={q} text={text} result={state.result} {...card}>
      {children}
      <Hints q={q} state={state} text={text} onChange={onChange} />
      <div class="quiz-actions needs-js">
        {state.result === null && (
          <button type="button" class="btn" onClick={onCheck}>
            Check
          </button>
        )}
        {state.result === 'wrong' && (
          <button type="button" class="btn" onClick={again}>
            Try again
          </button>
        )}
      </div>
      <div class="quiz-feedback needs-js" ref={feedbackRef} tabIndex={-1}>
        {notice && <p>{notice}</p>}
        {state.result && (
          <>
            <p class="quiz-result">
              <span aria-hidden="true">{state.result === 'right' ? '✓ ' : '✗ '}</span>
              {state.result === 'right' ? 'Correct' : 'Not quite'}
              {verdict ? `: ${verdict}` : '.'}
            </p>
            {feedback}
            {note && <p>{note}</p>}
            {state.result === 'wrong' && <p>{open ? 'Try again, or read the answer below.' : 'Try again, or reveal the answer below.'}</p>}
            {state.result === 'right' && !open && text.explanation}
            {state.result === 'right' && text.model && <p>Compare your reasoning with the model answer below.</p>}
          </>
        )}
      </div>
      <details class="quiz-answer" data-pagefind-ignore open={open} onToggle={(e) => onChange(setRevealed(q, state, e.currentTarget.open))}>
        <summary>Reveal answer</summary>
        {state.peeked && <PeekNote />}
        {answer}
        {text.explanation}
        {text.model && <ModelAnswer text={text} />}
      </details>
    </QuestionCard>
  );
}
