import { useEffect, useRef } from 'preact/hooks';

interface Props {
  id: string;
  /** What the file holds and what it replaces, in words (describeImport). */
  summary: string;
  /** Whether loading replaces answers kept here, which names the button for what it does. */
  replaces: boolean;
  onAnswer: (confirmed: boolean) => void;
}

/** Asks before an import: says what the file will replace, with Replace and Cancel; focus lands on the choice. */
export function ImportConfirm({ id, summary, replaces, onAnswer }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [summary]);
  return (
    <div class="quiz-confirm" role="group" aria-labelledby={id}>
      <p id={id}>{summary}</p>
      <div class="quiz-actions">
        <button type="button" class="btn" ref={first} onClick={() => onAnswer(true)}>
          {replaces ? 'Replace my answers' : 'Load answers'}
        </button>
        <button type="button" class="btn" onClick={() => onAnswer(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
