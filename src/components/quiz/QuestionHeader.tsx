import { Inline } from './RichText';

/** "Question 2" and the prompt, as a legend or a group label. */
export function QuestionHeader({ title, prompt, id }: { title: string; prompt: string; id?: string }) {
  return (
    <span class="quiz-prompt" id={id}>
      <span class="quiz-num">{title}</span> <Inline text={prompt} />
    </span>
  );
}

/** The question's own link (#id), visible so a learner can copy it or share it. */
export function QuestionLink({ id, title }: { id: string; title: string }) {
  return (
    <a class="quiz-link" href={`#${id}`}>
      <span aria-hidden="true"># </span>Link<span class="sr-only"> to {title.toLowerCase()}</span>
    </a>
  );
}
