import { Inline } from './RichText';

/** "Question 2" and the prompt, as a legend or a group label. */
export function QuestionHeader({ title, prompt, id }: { title: string; prompt: string; id?: string }) {
  return (
    <span class="quiz-prompt" id={id}>
      <span class="quiz-num">{title}</span> <Inline text={prompt} />
    </span>
  );
}
