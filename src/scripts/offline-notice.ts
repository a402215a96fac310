/**
 * Shows the 404 page's offline note when the course is offline: there, the service worker answers a lesson that is
 * not stored with this page too, so "no page at this address" needs the other reading. The worker says whether the
 * network failed; the browser's online and offline events only prompt the question again.
 */
export function initOfflineNotice(): void {
  const note = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (!note) return;
  // The code that asks the worker loads only once the page is known to need it.
  const show = (probe: boolean) =>
    void import('./offline-worker').then(({ offlineNow }) => offlineNow(probe)).then((offline) => (note.hidden = !offline));
  show(false);
  // The browser's events are only a prompt: the worker tries the network and says what happened.
  addEventListener('online', () => show(true));
  addEventListener('offline', () => show(true));
}
