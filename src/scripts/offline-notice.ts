/** How often the worker tries the network again while the note says the course is offline. */
const RETRY_MS = 3000;

/**
 * Shows the 404 page's offline note when the course is offline: there, the service worker answers a lesson that is
 * not stored with this page too, so "no page at this address" needs the other reading. The worker says whether the
 * network failed; the browser's online and offline events only prompt the question again.
 */
export function initOfflineNotice(): void {
  const note = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (!note) return;
  // The code that asks the worker loads only once the page is known to need it.
  let again: ReturnType<typeof setTimeout> | undefined;
  const show = async (probe: boolean) => {
    const { offlineNow } = await import('./offline-worker');
    const offline = await offlineNow(probe);
    note.hidden = !offline;
    // While it says offline, the worker tries the network again every few seconds: the browser's online event is only
    // a prompt, and some browsers fire none when the connection comes back.
    clearTimeout(again);
    if (offline) again = setTimeout(() => void show(true), RETRY_MS);
  };
  void show(false);
  addEventListener('online', () => void show(true));
  addEventListener('offline', () => void show(true));
}
