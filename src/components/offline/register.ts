// Registers the service worker and keeps the header's offline status true: saving, available offline, or an
// update ready. A waiting update is applied when the learner asks (the button) or on their next page load
// from a link, so nobody is left reading an old build.
import { isCourseNavigation, offlineStatusText, type OfflineState } from '../../lib/offline';
import { withBase } from '../../lib/paths';

/** Starts offline support for the status element `root` (its data-base is the deploy base). */
export function startOffline(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const text = root.querySelector<HTMLElement>('[data-offline-text]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-offline-update]')!;
  let state: OfflineState = 'unsupported';
  const set = (next: OfflineState) => {
    state = next;
    root.dataset['state'] = next;
    root.hidden = next === 'unsupported';
    text.textContent = offlineStatusText(next);
    button.hidden = next !== 'update-ready';
  };
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return set('unsupported');

  const sw = navigator.serviceWorker;
  let waiting: ServiceWorker | undefined;
  let applying = false;
  let updated = false; // a newer build took over while this page was open (e.g. from another tab)
  let destination: string | undefined;

  let leaving = false;
  const go = () => {
    if (leaving) return;
    leaving = true;
    if (destination) location.assign(destination);
    else location.reload();
  };
  const apply = (href?: string) => {
    destination = href;
    if (!waiting) return updated ? go() : undefined;
    applying = true;
    set('updating');
    const worker = waiting;
    worker.postMessage({ type: 'SKIP_WAITING' });
    // Chromium can shelve an activation when a request reaches the old worker at that very moment (an island loading
    // as the learner scrolls to a link): asking again each second restarts it.
    const nudge = setInterval(() => worker.state === 'installed' && worker.postMessage({ type: 'SKIP_WAITING' }), 1000);
    addEventListener('pagehide', () => clearInterval(nudge));
    // Should the new worker never take over (it failed, or another tab raced us), still load the page: at once when it
    // is discarded, and after a generous wait otherwise (a slow phone can take seconds to activate it).
    worker.addEventListener('statechange', () => {
      if (worker.state === 'redundant') go();
    });
    setTimeout(go, 10_000);
  };
  const offerUpdate = (worker: ServiceWorker) => {
    waiting = worker;
    set('update-ready');
  };
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) offerUpdate(worker);
      if (worker.state === 'redundant' && state === 'saving') set('failed');
    });

  const hadController = !!sw.controller;
  sw.addEventListener('controllerchange', () => {
    if (applying) return go();
    // The first install claims this page; anything later is a new build whose files differ from this page's.
    if (hadController || waiting) {
      updated = true;
      waiting = undefined;
      set('update-ready');
    }
  });
  button.addEventListener('click', () => apply());
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a || e.defaultPrevented || (!waiting && !updated)) return;
    const click = {
      href: a.href,
      target: a.target,
      download: a.hasAttribute('download'),
      button: e.button,
      modified: e.metaKey || e.ctrlKey || e.shiftKey || e.altKey,
    };
    if (!isCourseNavigation(click, location.href, new URL(base, location.href).href)) return;
    e.preventDefault();
    apply(a.href);
  });

  set(sw.controller ? 'ready' : 'saving');
  sw.register(withBase(base, '/sw.js'), { scope: base }).then(
    (reg: ServiceWorkerRegistration | undefined) => {
      // Some embedders (test browsers, locked-down webviews) "register" without giving a registration back.
      if (!reg) return set('failed');
      if (reg.waiting && sw.controller) offerUpdate(reg.waiting);
      if (reg.installing) watch(reg.installing);
      reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
      void sw.ready.then(() => state === 'saving' && set('ready'));
      // A learner may keep one lesson open for days; look for a new build whenever they come back to it.
      const check = () => void reg.update().catch(() => undefined);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
      addEventListener('online', check);
    },
    () => set('failed'),
  );
}
