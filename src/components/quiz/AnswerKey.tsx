import type { ChoiceQuestion } from '../../lib/quiz-model';
import { Blocks, Inline } from './RichText';

/** The full answer to a choice question: every choice marked right or wrong in words, with its explanation. */
export function AnswerKey({ q }: { q: ChoiceQuestion }) {
  return (
    <>
      <ul class="quiz-key">
        {q.choices.map((c) => (
          <li class={c.correct ? 'is-right' : 'is-wrong'}>
            <span class="quiz-verdict">
              <span aria-hidden="true">{c.correct ? '✓ ' : '✗ '}</span>
              {c.correct ? 'Correct:' : 'Not correct:'}
            </span>{' '}
            <Inline text={c.text} />
            {c.explanation && <Blocks blocks={c.explanation} />}
          </li>
        ))}
      </ul>
      <Blocks blocks={q.explanation} />
      {q.modelAnswer && (
        <div class="quiz-model">
          <p class="quiz-model-title">Model answer</p>
          <Blocks blocks={q.modelAnswer} />
        </div>
      )}
    </>
  );
}
