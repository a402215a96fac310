import { useEffect, useRef, useState } from 'preact/hooks';
import { isRightOrder, moveItem, movedMessage, orderFeedback } from '../../lib/ordering';
import { checkScoreNote, isLocked, recordCheck, setRevealed, tryAgain, type LiveOrderingQuestion, type QuestionState } from '../../lib/quiz-model';
import { Hints } from './Hints';
import { PeekNote } from './PeekNote';
import { QuestionHeader, QuestionLink } from './QuestionHeader';
import type { QuestionText } from './text';

interface Props {
  q: LiveOrderingQuestion;
  state: QuestionState;
  title: string;
  text: QuestionText;
  onChange: (next: QuestionState) => void;
}

/** Items to put in order with a Move up and a Move down button each (keyboard, touch and screen reader alike), then Check. */
export function OrderingQuestionView({ q, state, title, text, onChange }: Props) {
  const order = state.order ?? q.start;
  const locked = isLocked(state);
  const [said, setSaid] = useState('');
  // What to focus after the next render: a moved item's button (moving the item's element can drop focus), the result.
  const focus = useRef('');
  useEffect(() => {
    if (focus.current) document.getElementById(focus.current)?.focus();
    focus.current = '';
  });
  const setFocusTo = (id: string) => (focus.current = id);
  const itemId = (item: number) => `${q.id}-i${item}`;
  const move = (place: number, by: -1 | 1) => {
    const next = moveItem(order, place, by);
    const item = order[place]!;
    const to = place + by;
    onChange({ ...state, order: next });
    // At either end the button pressed goes away (disabled): keep the keyboard on the same item's other button.
    const edge = to === 0 || to === order.length - 1;
    setFocusTo(`${itemId(item)}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`);
    setSaid(movedMessage(document.getElementById(itemId(item))?.textContent ?? '', to, order.length));
  };
  const check = () => {
    setSaid('');
    onChange(recordCheck({ ...state, order }, isRightOrder(order)));
    setFocusTo(`${q.id}-result`);
  };
  const again = () => {
    onChange(tryAgain(state));
    setFocusTo(`${itemId(order[0]!)}-down`);
  };
  const note = checkScoreNote(state);
  const promptId = `${q.id}-prompt`;
  return (
    <div class="quiz-q" id={q.id} role="group" aria-labelledby={promptId} data-result={state.result ?? undefined}>
      <QuestionLink id={q.id} title={title} />
      <p class="quiz-legend">
        <QuestionHeader id={promptId} title={title} prompt={text.prompt} />
      </p>
      {text.context && <div class="quiz-context">{text.context}</div>}
      <p class="quiz-hint needs-js" data-pagefind-ignore>
        Put the items in order with their Move up and Move down buttons, then Check.
      </p>
      <ol class="quiz-order">
        {order.map((item, place) => (
          <li key={item}>
            <span class="quiz-order-text" id={itemId(item)}>
              {text.item(item)}
            </span>
            <span class="quiz-order-moves needs-js" data-pagefind-ignore>
              {(['up', 'down'] as const).map((dir) => (
                <button
                  type="button"
                  class="btn"
                  id={`${itemId(item)}-${dir}`}
                  aria-labelledby={`${itemId(item)}-${dir} ${itemId(item)}`}
                  disabled={locked || (dir === 'up' ? place === 0 : place === order.length - 1)}
                  onClick={() => move(place, dir === 'up' ? -1 : 1)}
                >
                  Move {dir}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ol>
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
      <div class="quiz-feedback needs-js" id={`${q.id}-result`} tabIndex={-1}>
        {state.result && (
          <>
            <p class="quiz-result">
              <span aria-hidden="true">{state.result === 'right' ? '✓ ' : '✗ '}</span>
              {state.result === 'right' ? 'Correct: that is the order.' : `Not quite: ${orderFeedback(order)}`}
            </p>
            {note && <p>{note}</p>}
            {state.result === 'wrong' && <p>{state.revealed ? 'Try again, or read the answer below.' : 'Try again, or reveal the answer below.'}</p>}
            {state.result === 'right' && !state.revealed && text.explanation}
          </>
        )}
      </div>
      <p class="sr-only" role="status">
        {said}
      </p>
      <details class="quiz-answer" data-pagefind-ignore open={state.revealed} onToggle={(e) => onChange(setRevealed(q, state, e.currentTarget.open))}>
        <summary>Reveal answer</summary>
        {state.peeked && <PeekNote />}
        <p class="quiz-model-title">The right order</p>
        <ol class="quiz-key quiz-key-order">{q.start.map((_, i) => <li>{text.item(i)}</li>)}</ol>
        {text.explanation}
      </details>
    </div>
  );
}
