// The parts of the service worker global this worker uses: the project compiles against the DOM library, not the
// WebWorker one, so they are named here.

/** An event whose work the browser waits for before it stops the worker. */
export interface WaitEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}

/** A message from a page, with the port to answer on. */
export interface MessageWaitEvent extends WaitEvent {
  data: unknown;
  ports: readonly MessagePort[];
}

/** A page of the course, as the worker sees it. */
export interface WindowClient {
  url: string;
  postMessage(message: unknown): void;
}

/** The service worker global. */
export interface WorkerGlobal {
  registration: { scope: string };
  clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClient[]> };
  skipWaiting(): Promise<void>;
}

/** The worker's global, typed. */
export const worker = globalThis as unknown as WorkerGlobal;
