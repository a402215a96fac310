import { useEffect, useState } from 'preact/hooks';
import { hasProgress, isSafari, SAFARI_NOTE } from '../../lib/keep-progress';
import type { ProgressStore } from '../../lib/progress-store';

type Panel = typeof import('./ProgressToolsPanel').ProgressToolsPanel;

/**
 * "Save or load your progress", folded. Its panel (export, import and the confirmation) is rare to open, so its code
 * loads on the first opening instead of with every quiz; it is precached for offline use like the rest.
 */
export function ProgressTools({ store, idPrefix }: { store: () => Promise<ProgressStore>; idPrefix: string }) {
  const [Panel, setPanel] = useState<Panel | null>(null);
  const [failed, setFailed] = useState(false);
  const atRisk = useSafariRisk(store);
  const open = (isOpen: boolean) => {
    if (!isOpen || Panel) return;
    import('./ProgressToolsPanel').then(
      (m) => setPanel(() => m.ProgressToolsPanel),
      () => setFailed(true),
    );
  };
  return (
    <>
      {atRisk && <p class="quiz-note">{SAFARI_NOTE}</p>}
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
    </>
  );
}

/** True in Safari once there is progress that the browser has not promised to keep (navigator.storage.persisted()). */
export function useSafariRisk(store: () => Promise<ProgressStore>): boolean {
  const [atRisk, setAtRisk] = useState(false);
  useEffect(() => {
    if (!isSafari(navigator.userAgent)) return;
    let stop: (() => unknown) | undefined;
    let live = true;
    void store().then((opened) => {
      const check = async () => setAtRisk(hasProgress(opened.read()) && !(await navigator.storage?.persisted?.().catch(() => false)));
      if (!live) return;
      void check();
      stop = opened.subscribe(() => void check());
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return atRisk;
}
