import type { ComponentChildren } from 'preact';
import type { LiveQuestion, QuestionState } from '../../lib/quiz-model';
import type { QuestionText } from './text';

/** What every question view gets: the question, what the learner did with it, its title ("Question 3") and its text. */
export interface ViewProps<Q extends LiveQuestion = LiveQuestion> {
  q: Q;
  state: QuestionState;
  title: string;
  text: QuestionText;
  onChange: (next: QuestionState) => void;
}

interface CardProps extends Pick<ViewProps, 'q' | 'title' | 'text'> {
  result: 'right' | 'wrong' | null;
  /** Choices go in a fieldset, its legend the number and prompt; any other question is a group labelled by them. */
  fieldset?: boolean;
  children: ComponentChildren;
}

/**
 * A question's box: its number and prompt, its own link (#id, visible so a learner can copy or share it), the text under
 * the prompt, then `children`. Search indexes the prompt, not the number.
 */
export function QuestionCard({ q, title, text, result, fieldset, children }: CardProps) {
  const promptId = fieldset ? undefined : `${q.id}-prompt`;
  const header = (
    <span class="quiz-prompt" id={promptId}>
      <span class="quiz-num" data-pagefind-ignore>
        {title}
      </span>{' '}
      {text.prompt}
    </span>
  );
  const link = (
    <a class="quiz-link" href={`#${q.id}`} data-pagefind-ignore>
      Link<span class="sr-only"> to {title.toLowerCase()}</span>
    </a>
  );
  const context = text.context && <div class="quiz-context">{text.context}</div>;
  return fieldset ? (
    <div class="quiz-q" id={q.id} data-result={result ?? undefined}>
      <fieldset>
        <legend>{header}</legend>
        {link}
        {context}
        {children}
      </fieldset>
    </div>
  ) : (
    <div class="quiz-q" id={q.id} role="group" aria-labelledby={promptId} data-result={result ?? undefined}>
      {link}
      <p class="quiz-legend">{header}</p>
      {context}
      {children}
    </div>
  );
}

/** Says, inside an answer opened before any attempt, what that does to the score (shown only once it has happened). */
export function PeekNote() {
  return <p class="quiz-note">You opened this before answering, so the question counts as revealed in your score, not as right.</p>;
}

/** The model answer, under its title: an open question's answer, and an exercise's to compare with. */
export function ModelAnswer({ text }: { text: QuestionText }) {
  return (
    <div class="quiz-model">
      <p class="quiz-model-title">Model answer</p>
      {text.model}
    </div>
  );
}
