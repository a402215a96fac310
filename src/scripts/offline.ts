// Registers the service worker and keeps the header's offline status true: saving, available offline, or an update
// ready. A waiting update is applied when the learner asks (the button) or on their next page load from a link, so
// nobody is left reading an old build. The browser's own service worker API, not workbox-window: every page loads this
// before the learner scrolls, and the few events the status follows cost less than workbox-window's 1.5 KB gzipped.
import { offlineStatusText, type OfflineState } from '../lib/offline-status';

// The download control and the header's panel come only where they are used: the home page's control at once, the
// panel once its button is pressed (its code opens it).
function initDownloadPanel(root: HTMLElement): void {
  const load = () => import('./offline-download');
  for (const control of document.querySelectorAll<HTMLElement>('main [data-download]'))
    void load().then(({ mountDownload }) => mountDownload(control));
  root.querySelector('[data-offline-open]')?.addEventListener('click', () => void load().then(({ togglePanel }) => togglePanel(root)));
}

/** Starts the service worker, the header's offline status ("Available offline: this page", "Update ready") and its Download panel. */
export function initOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (!root) return;
  // The deploy base, always ending in a slash (normaliseBase).
  const base = root.dataset['base'] ?? '/';
  const text = root.querySelector<HTMLElement>('[data-offline-text]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-offline-update]')!;
  let state: OfflineState = 'unsupported';
  const set = (next: OfflineState) => {
    state = next;
    root.dataset['state'] = next;
    root.hidden = next === 'unsupported';
    // "Available offline" is said once the code that says what is available has arrived: going offline right after
    // the worker is ready must not leave that code unfetched (it also runs offline, from the worker's cache).
    if (next !== 'ready' || coverageLoaded) text.textContent = offlineStatusText(next);
    button.hidden = next !== 'update-ready';
    if (next === 'ready') void describe();
  };
  // "Available offline" says what: this page, a chapter, the whole course. Its code comes once a worker runs.
  let following: Promise<(storePage?: boolean) => Promise<void>> | undefined;
  let coverageLoaded = false;
  const loaded = () => {
    coverageLoaded = true;
    if (state === 'ready') text.textContent = offlineStatusText('ready');
  };
  const describe = async (storePage?: boolean) => {
    if (following) return void (await following)(storePage);
    following = import('./offline-coverage').then(({ followCoverage }) => (loaded(), followCoverage(text, () => state === 'ready')));
    // Its code could not arrive: the worker is ready all the same; the next change of state tries again.
    following.catch(() => ((following = undefined), loaded()));
  };
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return set('unsupported');
  initDownloadPanel(root);

  const container = navigator.serviceWorker;
  // The code that applies a new build comes once there is one (offline-update.ts): most visits never see an update.
  let found = false;
  const updateFound = (registration: ServiceWorkerRegistration, worker?: ServiceWorker) => {
    // Without a controller there is no older build to replace: a first install activates on its own.
    if (worker && !container.controller) return;
    found = true;
    void import('./offline-update').then(({ offerUpdate }) => offerUpdate({ button, base, registration, set }, worker));
  };
  // Every worker the registration installs, the first one or a new build, is followed through its life.
  const followed = new WeakSet<ServiceWorker>();
  const follow = (registration: ServiceWorkerRegistration, worker: ServiceWorker | null) => {
    if (!worker || followed.has(worker)) return;
    followed.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') {
        if (state === 'saving') set('ready');
        if (registration.waiting === worker) updateFound(registration, worker);
      }
      // A worker that takes over is asked to store this page; then the status can say so.
      if (worker.state === 'activated' && state === 'ready') void describe(true);
      if (worker.state === 'redundant' && state === 'saving') set('failed');
    });
  };

  set(container.controller ? 'ready' : 'saving');
  // After the page has loaded, so the worker's first downloads do not compete with the page's own.
  const pageLoaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((done) => addEventListener('load', done, { once: true }));
  void pageLoaded.then(() => {
    // A page that a worker controls from the start has an older build to replace when a new one takes over.
    const hadController = Boolean(container.controller);
    container.register(`${base}sw.js`, { scope: base }).then(
      (reg: ServiceWorkerRegistration | undefined) => {
        // A registration that yields none (a browser or a test tool that blocks workers) has failed too.
        if (!reg) return set('failed');
        // Reloaded past the worker (Shift+reload): the course is saved all the same.
        if (reg.active && state === 'saving') set('ready');
        // A new build that was already waiting before this page opened, or one the browser was installing.
        if (reg.waiting) updateFound(reg, reg.waiting);
        follow(reg, reg.installing);
        reg.addEventListener('updatefound', () => follow(reg, reg.installing));
        // The first install claims this page; anything later is a new build whose files differ from this page's.
        container.addEventListener('controllerchange', () => (hadController || found) && updateFound(reg));
        // A learner may keep one lesson open for days; look for a new build whenever they come back to it.
        const check = () => void reg.update().catch(() => undefined);
        document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
        addEventListener('online', () => {
          check();
          if (state === 'ready') void describe();
        });
      },
      () => set('failed'),
    );
  });
}
