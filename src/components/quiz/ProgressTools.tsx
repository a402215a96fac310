import { useState } from 'preact/hooks';
import type { ProgressStore } from '../../lib/progress-store';

type Panel = typeof import('./ProgressToolsPanel').ProgressToolsPanel;

/**
 * "Save or load your progress", folded. Its panel (export, import and the confirmation) is rare to open, so its code
 * loads on the first opening instead of with every quiz; it is precached for offline use like the rest.
 */
export function ProgressTools({ store, idPrefix }: { store: () => ProgressStore; idPrefix: string }) {
  const [Panel, setPanel] = useState<Panel | null>(null);
  const [failed, setFailed] = useState(false);
  const open = (isOpen: boolean) => {
    if (!isOpen || Panel) return;
    import('./ProgressToolsPanel').then(
      (m) => setPanel(() => m.ProgressToolsPanel),
      () => setFailed(true),
    );
  };
  return (
    <details class="quiz-tools" onToggle={(e) => open(e.currentTarget.open)}>
      <summary>Save or load your progress</summary>
      {Panel ? (
        <Panel store={store} idPrefix={idPrefix} />
      ) : (
        failed && (
          <p role="alert" class="quiz-error">
            The save and load tools could not load: check the connection and reload the page.
          </p>
        )
      )}
    </details>
  );
}
