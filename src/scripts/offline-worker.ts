import { messageSW } from 'workbox-window/messageSW';
import { isOffline, type NetworkReport } from '../lib/offline';

// Talks to the course's service worker with workbox-window's messageSW (a question on a message port, answered by
// sw.ts); undefined when there is no worker, it does not answer in time, or it answers with nothing.

/** Sends `message` to the active worker and resolves with its answer, or undefined after `ms` without one. */
export async function askWorker<T>(message: object, ms = 10_000): Promise<T | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const worker = navigator.serviceWorker.controller ?? (await navigator.serviceWorker.getRegistration())?.active;
  if (!worker) return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ms));
  return Promise.race([messageSW(worker, message).then((answer: unknown) => (answer ?? undefined) as T | undefined), timeout]);
}

let storing: Promise<unknown> | undefined;
/**
 * Asks the worker to store this page, once a page load (workbox-routing's CACHE_URLS message, answered once it is
 * stored): the page a learner opened before the first worker ran. Whatever asks for a status after it counts it.
 */
export function storeThisPage(): Promise<unknown> {
  storing ??= askWorker({ type: 'CACHE_URLS', payload: { urlsToCache: [location.href] } }, 15_000).then((answer) => {
    if (answer === undefined) storing = undefined;
  });
  return storing;
}

/**
 * Whether the course is offline now, from what happened: the service worker's last try at the network (failed, or
 * answered; with `probe`, a fresh try), with `navigator.onLine` only as a hint where no worker knows (it reads true on a
 * network that reaches nothing).
 */
export async function offlineNow(probe = false): Promise<boolean> {
  return isOffline(await askWorker<NetworkReport>({ type: 'NETWORK', probe }, 3000), navigator.onLine, Date.now());
}
