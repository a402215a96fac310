import { useRef, useState } from 'preact/hooks';
import { checkAnswer, feedbackFor, isLocked, selectChoice, setRevealed, type LiveChoiceQuestion } from '../../lib/quiz-model';
import { CheckedQuestion, focusSoon } from './CheckedQuestion';
import type { ViewProps } from './QuestionCard';

/** A single- or multiple-choice question: choose, Check, Try again, or open the answer. */
export function ChoiceQuestionView(props: ViewProps<LiveChoiceQuestion> & { name: string }) {
  const { q, state, name, text, onChange } = props;
  const feedback = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState('');
  const check = () => {
    setHint(state.selected.length === 0 ? 'Choose an answer first.' : '');
    const next = checkAnswer(q, state);
    // An exercise's model answer is part of the feedback: a right answer opens it for comparison.
    onChange(text.model && next.result === 'right' ? setRevealed(q, next, true) : next);
    focusSoon(feedback);
  };
  return (
    <CheckedQuestion
      {...props}
      fieldset
      onCheck={check}
      notice={hint}
      feedbackRef={feedback}
      feedback={feedbackFor(q, state).map((i) => (
        <div class="quiz-chosen">
          <p>You chose: {text.choice(i)}</p>
          {/* With the answer open, its explanations are there. */}
          {!state.revealed && text.why(i)}
        </div>
      ))}
      answer={
        <ul class="quiz-key">
          {q.right.map((right, i) => (
            <li class={right ? 'is-right' : 'is-wrong'}>
              <span class="quiz-verdict">{right ? 'Correct:' : 'Not correct:'}</span> {text.choice(i)}
              {text.why(i)}
            </li>
          ))}
        </ul>
      }
    >
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
                disabled={isLocked(state)}
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
    </CheckedQuestion>
  );
}
