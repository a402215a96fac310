// The service worker, bundled with the Workbox modules it imports at build time (src/integrations/service-worker.ts);
// workbox-build's injectManifest then writes the list of files in place of self.__WB_MANIFEST.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { IGNORED_URL_PARAMETERS, NOT_FOUND_PAGE } from '../lib/offline';

declare const self: ServiceWorkerGlobalScope & { skipWaiting(): Promise<void> };

// Caches named "course-…", easy to tell apart on a shared origin.
setCacheNameDetails({ prefix: 'course' });
// A new build waits until a page asks for it (the "Update now" button, or the learner's next link), then claims the open pages.
addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
// URLs relative to sw.js, so the same worker is right at the root and under a sub-path.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [...IGNORED_URL_PARAMETERS] });
cleanupOutdatedCaches();
// A page the course does not have goes to the network (the host answers with its 404 page); offline, the learner gets
// the course's own 404 page from the precache instead of the browser's error, with the status a host would send.
registerRoute(new NavigationRoute(new NetworkOnly()));
setCatchHandler(async ({ request }) => {
  const page = request.mode === 'navigate' ? await matchPrecache(NOT_FOUND_PAGE) : undefined;
  return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : Response.error();
});
