import { startOffline } from '../components/offline/register';

/** Starts the service worker and the header's offline status ("Available offline", "Update ready"). */
export function initOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (root) startOffline(root);
}
