import { useEffect, useRef, useState } from 'preact/hooks';
import { canShowHint, showHint, type LiveQuestion, type QuestionState } from '../../lib/quiz-model';
import type { QuestionText } from './text';

interface Props {
  q: LiveQuestion;
  state: QuestionState;
  text: QuestionText;
  onChange: (next: QuestionState) => void;
}

/**
 * A question's hints, shown one at a time with "Show a hint (1 of 2)". Without JavaScript they are all in the page,
 * folded under "Hints"; with it, the fold stays closed and out of sight until the island runs, then shows only the
 * hints the learner asked for.
 */
export function Hints({ q, state, text, onChange }: Props) {
  const count = q.hints ?? 0;
  const shown = state.hints ?? 0;
  const [live, setLive] = useState(false);
  // The hint to focus after the next render: the new one, so a screen reader reads it and the keyboard stays with it.
  const focusTo = useRef(-1);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => setLive(true), []);
  useEffect(() => {
    const hint = list.current?.children[focusTo.current] as HTMLElement | undefined;
    // Only once it shows: a render before the saved state arrives still has it hidden.
    if (hint && !hint.hidden) {
      hint.focus();
      focusTo.current = -1;
    }
  });
  if (count === 0) return null;
  const show = () => {
    focusTo.current = shown;
    onChange(showHint(q, state));
  };
  return (
    <div class="quiz-hints" data-pagefind-ignore>
      {/* The button stands outside the fold, so before the island runs it shows as itself, not as an empty closed box. */}
      <details class="quiz-hint-fold" open={live} hidden={live && shown === 0}>
        <summary>Hints ({count})</summary>
        <ol class="quiz-hint-list" ref={list}>
          {Array.from({ length: count }, (_, h) => (
            <li tabIndex={-1} hidden={live && h >= shown}>
              <span class="quiz-hint-title">
                Hint {h + 1} of {count}
              </span>
              {text.hint(h)}
            </li>
          ))}
        </ol>
      </details>
      {canShowHint(q, state) && (
        <button type="button" class="btn needs-js" onClick={show}>
          Show a hint ({shown + 1} of {count})
        </button>
      )}
    </div>
  );
}
