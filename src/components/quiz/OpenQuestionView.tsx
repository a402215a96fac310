import { setMark, setRevealed } from '../../lib/quiz-model';
import { Hints } from './Hints';
import { ModelAnswer, PeekNote, QuestionCard, type ViewProps } from './QuestionCard';

/** A question answered in the learner's own words, then compared with a model answer and self-marked. */
export function OpenQuestionView({ q, state, title, text, onChange }: ViewProps) {
  return (
    <QuestionCard q={q} title={title} text={text} result={state.mark}>
      <div class="quiz-text" data-pagefind-ignore>
        <label for={`${q.id}-answer`}>Your answer</label>
        <textarea id={`${q.id}-answer`} rows={3} value={state.text} onInput={(e) => onChange({ ...state, text: e.currentTarget.value })} />
      </div>
      <Hints q={q} state={state} text={text} onChange={onChange} />
      <details class="quiz-answer" data-pagefind-ignore open={state.revealed} onToggle={(e) => onChange(setRevealed(q, state, e.currentTarget.open))}>
        <summary>Reveal model answer</summary>
        {state.peeked && <PeekNote />}
        <ModelAnswer text={text} />
        {text.explanation}
        <div class="quiz-selfmark needs-js" role="group" aria-labelledby={`${q.id}-mark`}>
          <p id={`${q.id}-mark`}>Did your answer match the model answer?</p>
          <button type="button" class="btn" aria-pressed={state.mark === 'right'} onClick={() => onChange(setMark(state, 'right'))}>
            <span aria-hidden="true">✓ </span>I got it right
          </button>{' '}
          <button type="button" class="btn" aria-pressed={state.mark === 'wrong'} onClick={() => onChange(setMark(state, 'wrong'))}>
            <span aria-hidden="true">✗ </span>Not yet
          </button>
        </div>
      </details>
    </QuestionCard>
  );
}
