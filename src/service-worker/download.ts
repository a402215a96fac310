// Downloads the chapters a learner asked for into the course cache, a few files at a time, telling every open page how
// far it got. What is stored stays stored whatever happens (cancel, a dropped connection, a full disk), so running it
// again fetches only what is missing: that is how a download resumes.
import { bytesOf, missingFiles, selectedFiles, type DownloadProgress } from '../lib/offline-download';
import { worker } from './scope';
import { courseIndex, downloadRecord, saveDownloadRecord, storedFiles } from './course-cache';
import { fetchAndKeep } from './course-files';
import type { WaitEvent } from './scope';

const PARALLEL = 4;
let running: { controller: AbortController; done: Promise<DownloadProgress>; progress: DownloadProgress } | undefined;

/** Sends a progress report to every page of the course. */
async function broadcast(progress: DownloadProgress): Promise<void> {
  for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    client.postMessage({ type: 'DOWNLOAD_PROGRESS', progress });
}

const cancelled = new WeakSet<AbortController>();

/** What went wrong, as a download state: the network went, the storage is full, or something else. */
function failure(error: unknown): DownloadProgress['state'] {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'quota';
  return error instanceof TypeError ? 'offline' : 'failed';
}

async function run(
  chapters: readonly string[],
  event: WaitEvent,
  controller: AbortController,
  progress: DownloadProgress,
): Promise<DownloadProgress> {
  const index = await courseIndex();
  if (!index) return { ...progress, state: 'failed' };
  const asked = [...new Set([...(await downloadRecord()), ...chapters])].filter((id) => index.chapters.some((c) => c.id === id));
  await saveDownloadRecord(asked);
  const files = selectedFiles(index, asked);
  const todo = missingFiles(index, files, await storedFiles(index));
  Object.assign(progress, { totalBytes: bytesOf(index, files), doneBytes: bytesOf(index, files) - bytesOf(index, todo) });
  let last = 0;
  const report = () => {
    // A report per file would be thousands of messages for a large course; ten a second is smooth enough.
    if (Date.now() - last > 100) void broadcast({ ...progress });
    last = Date.now();
  };
  report();
  let stale = false;
  const worker = async () => {
    for (let key = todo.shift(); key !== undefined; key = todo.shift()) {
      if (await fetchAndKeep(key, event, controller.signal)) progress.doneBytes += index.files[key]![1];
      else stale = true; // not there, or already a newer deploy's: the new worker will download it
      report();
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return { ...progress, state: stale ? 'failed' : 'done' };
  } catch (error) {
    const state = cancelled.has(controller) ? 'cancelled' : failure(error);
    controller.abort(); // the other fetches stop too
    // A cancelled download is not resumed by itself; one cut short by the network or the disk is.
    if (state === 'cancelled') await saveDownloadRecord([]);
    return { ...progress, state };
  }
}

/**
 * Starts downloading `chapters` (or joins the download running) for the message `event` that asked; resolves with how it
 * ended, which every page also hears.
 */
export function download(chapters: readonly string[], event: WaitEvent): Promise<DownloadProgress> {
  if (running) return running.done;
  const controller = new AbortController();
  const progress: DownloadProgress = { state: 'running', doneBytes: 0, totalBytes: 0 };
  const done = run(chapters, event, controller, progress).then(async (end) => {
    running = undefined;
    await broadcast(end);
    return end;
  });
  running = { controller, done, progress };
  return done;
}

/** Stops the download running, keeping what it stored. */
export function cancelDownload(): Promise<DownloadProgress> | undefined {
  if (!running) return undefined;
  cancelled.add(running.controller);
  running.controller.abort();
  return running.done;
}

/** The download running now, if any. */
export const currentDownload = (): DownloadProgress | undefined => (running ? { ...running.progress } : undefined);
