import { formatBytes } from '../lib/bytes';
// The download control (src/components/offline/DownloadCourse.astro): loaded on the home page, and elsewhere only when
// the learner opens the header's Download panel. It shows the sizes before anything starts, runs the download in the
// service worker (download.ts there), follows its progress, cancels, removes, and asks the browser to keep the data.
import {
  complete,
  coverageText,
  downloadLabel,
  progressText,
  storageText,
  type DownloadProgress,
  type PartCoverage,
  type WorkerStatus,
} from '../lib/offline-download';
import { askWorker, storeThisPage } from './offline-worker';

const started = new WeakSet<HTMLElement>();

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = Object.assign(document.createElement('button'), { type: 'button', className: 'btn', textContent: text });
  b.addEventListener('click', onClick);
  return b;
}

async function storage(persisted?: boolean): Promise<string> {
  const s = navigator.storage as StorageManager | undefined;
  const estimate = await s?.estimate?.().catch(() => undefined);
  return storageText(estimate, persisted ?? (await s?.persisted?.().catch(() => undefined)));
}

/** Wires one download control: fills in the sizes from the worker, and keeps it true as downloads run. */
export function mountDownload(root: HTMLElement): void {
  if (started.has(root)) return;
  started.add(root);
  const $ = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-download-${name}]`)!;
  const [summary, actions, running, bar, status, storageLine, remove] = ['summary', 'actions', 'running', 'bar', 'status', 'storage', 'remove'].map(
    (n) => $(n),
  ) as [HTMLElement, HTMLElement, HTMLElement, HTMLProgressElement, HTMLElement, HTMLElement, HTMLButtonElement];
  const cancel = $<HTMLButtonElement>('cancel');
  let persisted: boolean | undefined;

  const showProgress = (p: DownloadProgress) => {
    running.hidden = p.state !== 'running';
    bar.max = Math.max(1, p.totalBytes);
    bar.value = Math.min(p.doneBytes, bar.max);
    status.textContent = progressText(p);
  };
  const refresh = async () => {
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      summary.textContent = 'This browser cannot keep the course for offline use; every page still works online.';
      return;
    }
    const s = await askWorker<WorkerStatus>({ type: 'STATUS', url: location.href });
    storageLine.textContent = await storage(persisted);
    if (!s?.coverage) {
      summary.textContent = s ? 'The list of course files could not be read. Reload the page to try again.' : 'Getting ready for offline use…';
      actions.replaceChildren();
      return;
    }
    const { course, chapters } = s.coverage;
    // Once the course is stored, its button says its size.
    summary.textContent = `${coverageText(s.coverage, s.pageStored)}.${complete(course) ? '' : ` The whole course is ${formatBytes(course.bytes)}.`}`;
    const start = (part: PartCoverage) => () => void startDownload(part.id === 'course' ? chapters.map((c) => c.id) : [part.id]);
    const parts = [button(downloadLabel(course, 'the course'), start(course))];
    if (chapters.length > 1) for (const c of chapters) parts.push(button(downloadLabel(c, c.title), start(c)));
    for (const [i, b] of parts.entries()) b.disabled = i === 0 ? course.storedBytes >= course.bytes : false;
    actions.replaceChildren(...parts);
    remove.hidden = course.storedBytes === 0;
    // Pages read are kept too: without a download asked for, that is what the button removes, and it says so.
    remove.textContent = s.asked.length > 0 ? 'Remove the download' : `Remove the pages kept offline, ${formatBytes(course.storedBytes)}`;
    if (s.progress) showProgress(s.progress);
  };
  const startDownload = async (chapters: string[]) => {
    // Asked once a learner wants the course kept: the browser may then spare it when it clears storage. Not awaited:
    // Firefox answers with a permission prompt, and until the learner answers it (in automation, never) nothing would start.
    void navigator.storage
      ?.persist?.()
      .then(async (answer) => {
        persisted = answer;
        storageLine.textContent = await storage(persisted);
      })
      .catch(() => undefined);
    showProgress({ state: 'running', doneBytes: 0, totalBytes: 0 });
    status.textContent = 'Starting the download…';
    cancel.focus();
    if (!(await askWorker({ type: 'DOWNLOAD', chapters }))) status.textContent = 'The download could not start. Reload the page and try again.';
    storageLine.textContent = await storage(persisted);
  };

  navigator.serviceWorker?.addEventListener('message', (e: MessageEvent) => {
    const data = e.data as { type?: string; progress?: DownloadProgress } | null;
    if (data?.type !== 'DOWNLOAD_PROGRESS' || !data.progress) return;
    const focusWasOnCancel = document.activeElement === cancel;
    showProgress(data.progress);
    if (data.progress.state !== 'running') {
      void refresh().then(() => focusWasOnCancel && actions.querySelector('button')?.focus());
    }
  });
  cancel.addEventListener('click', () => void askWorker({ type: 'CANCEL' }));
  remove.addEventListener('click', () => {
    void askWorker({ type: 'REMOVE' }).then(() => {
      status.textContent = 'Removed: the space is freed. Pages you read from now on are kept again.';
      return refresh();
    });
  });
  void refresh();
  // On a first visit the worker is still installing: once it runs and has stored this page, the sizes can be shown.
  void navigator.serviceWorker?.ready.then(storeThisPage).then(refresh);
}

const wired = new WeakSet<HTMLElement>();

/** Opens or closes the header's Download panel in `root`; the first time, Escape and a tap outside learn to close it. */
export function togglePanel(root: HTMLElement): void {
  const open = root.querySelector<HTMLButtonElement>('[data-offline-open]');
  const panel = root.querySelector<HTMLElement>('[data-offline-panel]');
  if (!open || !panel) return;
  const toggle = (show: boolean) => {
    panel.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) mountDownload(panel.querySelector<HTMLElement>('[data-download]')!);
  };
  if (!wired.has(root)) {
    wired.add(root);
    root.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || panel.hidden) return;
      toggle(false);
      open.focus();
    });
    document.addEventListener('pointerdown', (e) => e.target instanceof Node && !root.contains(e.target) && toggle(false));
  }
  toggle(panel.hidden === true);
}
