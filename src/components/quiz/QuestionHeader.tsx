import type { ComponentChildren } from 'preact';

/** "Question 2" and the prompt, as a legend or a group label; search indexes the prompt, not the number. */
export function QuestionHeader({ title, prompt, id }: { title: string; prompt: ComponentChildren; id?: string }) {
  return (
    <span class="quiz-prompt" id={id}>
      <span class="quiz-num" data-pagefind-ignore>
        {title}
      </span>{' '}
      {prompt}
    </span>
  );
}

/** The question's own link (#id), visible so a learner can copy it or share it. */
export function QuestionLink({ id, title }: { id: string; title: string }) {
  return (
    <a class="quiz-link" href={`#${id}`} data-pagefind-ignore>
      Link<span class="sr-only"> to {title.toLowerCase()}</span>
    </a>
  );
}
