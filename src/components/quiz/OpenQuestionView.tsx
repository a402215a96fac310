import { setMark, setRevealed, type LiveQuestion, type QuestionState } from '../../lib/quiz-model';
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
}

/** A question answered in the learner's own words, then compared with a model answer and self-marked. */
export function OpenQuestionView({ q, state, title, text, onChange }: Props) {
  const promptId = `${q.id}-prompt`;
  return (
    <div class="quiz-q" id={q.id} role="group" aria-labelledby={promptId} data-result={state.mark ?? undefined}>
      <QuestionLink id={q.id} title={title} />
      <p class="quiz-legend">
        <QuestionHeader id={promptId} title={title} prompt={text.prompt} />
      </p>
      {text.context && <div class="quiz-context">{text.context}</div>}
      <div class="quiz-text" data-pagefind-ignore>
        <label for={`${q.id}-answer`}>Your answer</label>
        <textarea id={`${q.id}-answer`} rows={3} value={state.text} onInput={(e) => onChange({ ...state, text: e.currentTarget.value })} />
      </div>
      <Hints q={q} state={state} text={text} onChange={onChange} />
      <details class="quiz-answer" data-pagefind-ignore open={state.revealed} onToggle={(e) => onChange(setRevealed(q, state, e.currentTarget.open))}>
        <summary>Reveal model answer</summary>
        {state.peeked && <PeekNote />}
        <div class="quiz-model">
          <p class="quiz-model-title">Model answer</p>
          {text.model}
        </div>
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
    </div>
  );
}
