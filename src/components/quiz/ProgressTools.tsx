import { useState } from 'preact/hooks';
import { exportProgress, parseImport } from '../../lib/progress-format';
import type { ProgressStore } from '../../lib/progress-store';
import { registerPageManifests } from './register';

/** Save all quiz progress to a file, and load it back (replacing what this browser holds). */
export function ProgressTools({ store, idPrefix }: { store: () => ProgressStore; idPrefix: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // The tools render once opened: folded, they need no markup, and every quiz on every lesson page carries them.
  const [open, setOpen] = useState(false);

  const save = () => {
    const blob = new Blob([exportProgress(store().read(), new Date())], { type: 'application/json' });
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
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    store().update(() => result.progress);
    registerPageManifests(store());
    setMessage({ text: `Progress loaded from ${file.name}: ${result.lessons} ${result.lessons === 1 ? 'lesson' : 'lessons'}.`, error: false });
  };

  return (
    <details class="quiz-tools" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Save or load your progress</summary>
      {open && <ToolsBody idPrefix={idPrefix} message={message} save={save} load={load} />}
    </details>
  );
}

interface BodyProps {
  idPrefix: string;
  message: { text: string; error: boolean } | null;
  save: () => void;
  load: (input: HTMLInputElement) => Promise<void>;
}

function ToolsBody({ idPrefix, message, save, load }: BodyProps) {
  return (
    <>
      <p>
        Your answers stay in this browser. Save them to a file to keep a copy or move them to another browser; loading a file replaces the answers
        kept here.
      </p>
      <div class="quiz-actions">
        <button type="button" class="btn" onClick={save}>
          Save progress to a file
        </button>
        <input id={`${idPrefix}-import`} class="sr-only" type="file" accept=".json,application/json" onChange={(e) => void load(e.currentTarget)} />
        <label class="btn quiz-file" for={`${idPrefix}-import`}>
          Load progress from a file
        </label>
      </div>
      <p role="status">{message && !message.error ? message.text : ''}</p>
      <p role="alert" class="quiz-error">
        {message?.error ? message.text : ''}
      </p>
    </>
  );
}
