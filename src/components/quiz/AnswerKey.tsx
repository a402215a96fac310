import type { LiveChoiceQuestion } from '../../lib/quiz-model';
import { PeekNote } from './PeekNote';
import type { QuestionText } from './text';

/** The full answer to a choice question: every choice marked right or wrong in words, with its explanation. */
export function AnswerKey({ q, text, peeked }: { q: LiveChoiceQuestion; text: QuestionText; peeked: boolean }) {
  return (
    <>
      {peeked && <PeekNote />}
      <ul class="quiz-key">
        {q.right.map((right, i) => (
          <li class={right ? 'is-right' : 'is-wrong'}>
            <span class="quiz-verdict">{right ? 'Correct:' : 'Not correct:'}</span> {text.choice(i)}
            {text.why(i)}
          </li>
        ))}
      </ul>
      {text.explanation}
      {text.model && (
        <div class="quiz-model">
          <p class="quiz-model-title">Model answer</p>
          {text.model}
        </div>
      )}
    </>
  );
}
