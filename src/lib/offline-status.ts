// The header's offline status, which every page's script shows: apart from offline.ts, whose other rules only the
// update, the 404 page, search and the service worker need.

/** Where the service worker is in its life, as far as the page can tell. */
export type OfflineState = 'unsupported' | 'saving' | 'ready' | 'update-ready' | 'updating' | 'failed';

/** The short status the header shows for each state; empty means show nothing. */
export function offlineStatusText(state: OfflineState): string {
  switch (state) {
    case 'saving':
      return 'Saving for offline…';
    case 'ready':
      return 'Available offline';
    case 'update-ready':
      return 'Update ready';
    case 'updating':
      return 'Updating…';
    case 'failed':
      return 'Not available offline';
    case 'unsupported':
      return '';
  }
}
