import { useEffect, useRef, useState } from 'preact/hooks';
import { describeFile, exportProgress, parseImport } from '../../lib/progress-import';
import { describeMerge, describeReplace, mergeProgress, replaceProgress } from '../../lib/progress-merge';
import type { Progress } from '../../lib/progress-format';
import type { ProgressStore } from '../../lib/progress-store';

/** A file read and checked, waiting for the learner to choose how to load it. */
interface Pending {
  file: string;
  progress: Progress;
  summary: string;
  merge: string;
  replace: string;
}

/** A lesson's name as the page lists it (its progress badge sits beside its link), or its path on a page that does not. */
function lessonName(path: string): string {
  const badge = [...document.querySelectorAll<HTMLElement>('[data-lesson-progress]')].find((el) => el.dataset['lessonProgress'] === path);
  return badge?.closest('li')?.querySelector('a')?.textContent?.trim() || path;
}

/** Save all quiz progress to a file, and load it back once the learner has confirmed what it replaces. */
export function ProgressToolsPanel({ store, idPrefix }: { store: () => Promise<ProgressStore>; idPrefix: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const inputId = `${idPrefix}-import`;
  const confirmId = `${idPrefix}-confirm`;
  // The confirmation says, before anything changes, what Merge and Replace would each do; focus lands on Merge.
  const merge = useRef<HTMLButtonElement>(null);
  useEffect(() => merge.current?.focus(), [pending]);

  const save = async () => {
    const blob = new Blob([exportProgress((await store()).read(), new Date())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `course-progress-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ text: 'Progress saved to a file.', error: false });
  };

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseImport(await file.text());
    setPending(null);
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    const here = (await store()).read();
    setMessage(null);
    setPending({
      file: file.name,
      progress: result.progress,
      summary: describeFile(result.lessons, lessonName),
      merge: describeMerge(mergeProgress(here, result.progress).counts),
      replace: describeReplace(here, result.progress),
    });
  };

  /** Loads the file merged with what is here, in place of it, or not at all (null). */
  const finish = async (choice: 'merge' | 'replace' | null) => {
    if (!pending) return;
    const opened = await store();
    // Computed again from what is stored now: another tab may have saved since the file was read.
    if (choice === 'merge') opened.update((p) => mergeProgress(p, pending.progress).progress);
    if (choice === 'replace') opened.update(() => replaceProgress(pending.progress));
    setPending(null);
    const done = { merge: `Progress from ${pending.file} merged with yours.`, replace: `Progress replaced by ${pending.file}.` };
    setMessage({ text: choice ? done[choice] : `Nothing loaded: your answers are as they were.`, error: false });
    // The confirmation goes away: focus returns to the file chooser it came from.
    document.getElementById(inputId)?.focus();
  };

  return (
    <>
      <p>Your answers stay in this browser. Save them to a file to keep a copy or move them to another browser, then load that file there.</p>
      <div class="quiz-actions">
        <button type="button" class="btn" onClick={() => void save()}>
          Save progress to a file
        </button>
        <input id={inputId} class="sr-only" type="file" accept=".json,application/json" onChange={(e) => void load(e.currentTarget)} />
        <label class="btn quiz-file" for={inputId}>
          Load progress from a file
        </label>
      </div>
      {pending && (
        <div class="quiz-confirm" role="group" aria-labelledby={confirmId}>
          <p id={confirmId}>{pending.summary} How should it be loaded?</p>
          <p id={`${confirmId}-merge`}>{pending.merge}</p>
          <p id={`${confirmId}-replace`}>{pending.replace}</p>
          <div class="quiz-actions">
            <button type="button" class="btn" ref={merge} aria-describedby={`${confirmId}-merge`} onClick={() => void finish('merge')}>
              Merge with my progress
            </button>
            <button type="button" class="btn" aria-describedby={`${confirmId}-replace`} onClick={() => void finish('replace')}>
              Replace my progress
            </button>
            <button type="button" class="btn" onClick={() => void finish(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status">{message && !message.error ? message.text : ''}</p>
      <p role="alert" class="quiz-error">
        {message?.error ? message.text : ''}
      </p>
    </>
  );
}
