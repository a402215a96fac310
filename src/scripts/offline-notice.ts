/**
 * Shows the 404 page's offline note while the browser is offline: there, the service worker answers a lesson that is
 * not stored with this page too, so "no page at this address" needs the other reading.
 */
export function initOfflineNotice(): void {
  const note = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (!note) return;
  const show = () => (note.hidden = navigator.onLine);
  show();
  addEventListener('online', show);
  addEventListener('offline', show);
}
