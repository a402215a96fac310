// Talks to the course's service worker: a question on a message port, answered by sw.ts; undefined when there is no
// worker, it does not answer in time, or it answers with nothing.

/** Sends `message` to the active worker and resolves with its answer, or undefined after `ms` without one. */
export async function askWorker<T>(message: object, ms = 10_000): Promise<T | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const worker = navigator.serviceWorker.controller ?? (await navigator.serviceWorker.getRegistration())?.active;
  if (!worker) return undefined;
  return new Promise<T | undefined>((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), ms);
    channel.port1.onmessage = (e: MessageEvent) => {
      clearTimeout(timer);
      resolve((e.data ?? undefined) as T | undefined);
    };
    worker.postMessage(message, [channel.port2]);
  });
}
