// The header's "Available offline: …" line once the worker runs: what is stored (this page, a chapter, the whole
// course), a download's progress as it runs, and a download cut short resumed once the learner is online again. Loaded
// by offline.ts only when a worker is active: without one there is nothing stored to describe.
import { coverageText, shouldResume, type DownloadProgress, type WorkerStatus } from '../lib/offline-download';
import { askWorker, storeThisPage } from './offline-worker';

/**
 * Keeps `text` saying what is available offline while `isReady()`; returns the function that asks the worker again,
 * first asking it to store this page when a worker has just taken over.
 */
export function followCoverage(text: HTMLElement, isReady: () => boolean): (storePage?: boolean) => Promise<void> {
  const describe = async (storePage = false) => {
    if (storePage) await storeThisPage();
    const status = await askWorker<WorkerStatus>({ type: 'STATUS', url: location.href });
    if (!isReady() || !status) return;
    if (!status.progress) text.textContent = coverageText(status.coverage, status.pageStored);
    if (navigator.onLine && shouldResume(status)) void askWorker({ type: 'DOWNLOAD', chapters: status.asked });
  };
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent) => {
    const progress = (e.data as { type?: string; progress?: DownloadProgress } | null)?.progress;
    if (!isReady() || !progress) return;
    if (progress.state !== 'running') return void describe();
    text.textContent = `Downloading… ${Math.floor((100 * progress.doneBytes) / Math.max(1, progress.totalBytes))}%`;
  });
  void describe();
  return describe;
}
