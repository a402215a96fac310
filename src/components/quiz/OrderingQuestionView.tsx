import { useEffect, useRef, useState } from 'preact/hooks';
import { isRightOrder, moveItem, movedMessage, orderFeedback } from '../../lib/ordering';
import { isLocked, recordCheck, type LiveOrderingQuestion } from '../../lib/quiz-model';
import { CheckedQuestion, focusSoon } from './CheckedQuestion';
import type { ViewProps } from './QuestionCard';

/** Items to put in order with a Move up and a Move down button each (keyboard, touch and screen reader alike), then Check. */
export function OrderingQuestionView(props: ViewProps<LiveOrderingQuestion>) {
  const { q, state, text, onChange } = props;
  const order = state.order ?? q.start;
  const locked = isLocked(state);
  const feedback = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState('');
  // What to focus after the next render: a moved item's button (moving the item's element can drop focus).
  const focus = useRef('');
  useEffect(() => {
    if (focus.current) document.getElementById(focus.current)?.focus();
    focus.current = '';
  });
  const itemId = (item: number) => `${q.id}-i${item}`;
  const move = (place: number, by: -1 | 1) => {
    const item = order[place]!;
    const to = place + by;
    onChange({ ...state, order: moveItem(order, place, by) });
    // At either end the button just pressed is disabled: keep the keyboard on the same item's other button.
    const edge = to === 0 || to === order.length - 1;
    focus.current = `${itemId(item)}-${by < 0 !== edge ? 'up' : 'down'}`;
    setSaid(movedMessage(document.getElementById(itemId(item))?.textContent ?? '', to, order.length));
  };
  const check = () => {
    setSaid('');
    onChange(recordCheck({ ...state, order }, isRightOrder(order)));
    focusSoon(feedback);
  };
  return (
    <CheckedQuestion
      {...props}
      onCheck={check}
      verdict={state.result === 'right' ? 'that is the order.' : orderFeedback(order)}
      feedbackRef={feedback}
      answer={
        <>
          <p class="quiz-model-title">The right order</p>
          <ol class="quiz-key quiz-key-order">
            {q.start.map((_, i) => (
              <li>{text.item(i)}</li>
            ))}
          </ol>
        </>
      }
    >
      <p class="quiz-hint needs-js" data-pagefind-ignore>
        Order the items with their Move buttons, then Check.
      </p>
      <ol class="quiz-order">
        {order.map((item, place) => (
          <li key={item}>
            <span id={itemId(item)}>{text.item(item)}</span>
            <span class="needs-js" data-pagefind-ignore>
              {(['up', 'down'] as const).map((dir) => (
                <button
                  type="button"
                  class="btn"
                  id={`${itemId(item)}-${dir}`}
                  aria-labelledby={`${itemId(item)}-${dir} ${itemId(item)}`}
                  disabled={locked || place === (dir === 'up' ? 0 : order.length - 1)}
                  onClick={() => move(place, dir === 'up' ? -1 : 1)}
                >
                  Move {dir}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ol>
      <p class="sr-only" role="status">
        {said}
      </p>
    </CheckedQuestion>
  );
}
