import { useEffect, useRef } from 'preact/hooks';

/** How the learner chose to load a file: merged with what is here, in place of it, or not at all. */
export type ImportChoice = 'merge' | 'replace' | null;

interface Props {
  id: string;
  /** What the file holds (describeFile). */
  summary: string;
  /** What merging would change (describeMerge), and what replacing would (describeReplace). */
  merge: string;
  replace: string;
  onAnswer: (choice: ImportChoice) => void;
}

/** Asks how to load a file, saying before anything changes what Merge and Replace would each do; focus lands on Merge. */
export function ImportConfirm({ id, summary, merge, replace, onAnswer }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [summary, merge, replace]);
  return (
    <div class="quiz-confirm" role="group" aria-labelledby={id}>
      <p id={id}>{summary} How should it be loaded?</p>
      <p id={`${id}-merge`}>{merge}</p>
      <p id={`${id}-replace`}>{replace}</p>
      <div class="quiz-actions">
        <button type="button" class="btn" ref={first} aria-describedby={`${id}-merge`} onClick={() => onAnswer('merge')}>
          Merge with my progress
        </button>
        <button type="button" class="btn" aria-describedby={`${id}-replace`} onClick={() => onAnswer('replace')}>
          Replace my progress
        </button>
        <button type="button" class="btn" onClick={() => onAnswer(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
