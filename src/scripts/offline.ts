// Registers the service worker with workbox-window and keeps the header's offline status true: saving, available
// offline, or an update ready. A waiting update is applied when the learner asks (the button) or on their next page
// load from a link, so nobody is left reading an old build.
// Workbox's module file, as it documents for bundlers and TypeScript: its main entry, an ES5 build, is 2.1 KB gz, not 1.2.
import { Workbox } from 'workbox-window/Workbox';
import { isCourseNavigation, offlineStatusText, type OfflineState } from '../lib/offline';
import { withBase } from '../lib/paths';

// The download control's code comes only where it is used: the home page, or once the header's panel is opened.
const loadControl = (root: HTMLElement) => void import('./offline-download').then(({ mountDownload }) => mountDownload(root));

/** Wires the header's Download button to its panel, and the home page's control. */
function initDownloadPanel(root: HTMLElement): void {
  const open = root.querySelector<HTMLButtonElement>('[data-offline-open]');
  const panel = root.querySelector<HTMLElement>('[data-offline-panel]');
  for (const control of document.querySelectorAll<HTMLElement>('main [data-download]')) loadControl(control);
  if (!open || !panel) return;
  const toggle = (show: boolean) => {
    panel.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) loadControl(panel.querySelector<HTMLElement>('[data-download]')!);
  };
  open.addEventListener('click', () => toggle(panel.hidden === true));
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    toggle(false);
    open.focus();
  });
  document.addEventListener('pointerdown', (e) => e.target instanceof Node && !root.contains(e.target) && toggle(false));
}

/** Starts the service worker, the header's offline status ("Available offline: this page", "Update ready") and its Download panel. */
export function initOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (!root) return;
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
  let following: Promise<() => Promise<void>> | undefined;
  let coverageLoaded = false;
  const loaded = () => {
    coverageLoaded = true;
    if (state === 'ready') text.textContent = offlineStatusText('ready');
  };
  const describe = async () => {
    if (following) return void (await following)();
    following = import('./offline-coverage').then(({ followCoverage }) => (loaded(), followCoverage(text, () => state === 'ready')));
    // Its code could not arrive: the worker is ready all the same; the next change of state tries again.
    following.catch(() => ((following = undefined), loaded()));
  };
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return set('unsupported');
  initDownloadPanel(root);

  const wb = new Workbox(withBase(base, '/sw.js'), { scope: base });
  let waiting: ServiceWorker | undefined; // a new build, installed, that waits for this page to let it take over
  let updated = false; // a newer build took over while this page was open (e.g. from another tab)
  let applying = false;
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
    wb.messageSkipWaiting();
    // Chromium can shelve an activation when a request reaches the old worker at that very moment (an island loading
    // as the learner scrolls to a link): asking again each second restarts it (a no-op once nothing waits).
    const nudge = setInterval(() => wb.messageSkipWaiting(), 1000);
    addEventListener('pagehide', () => clearInterval(nudge));
    // Should the new worker never take over (another tab raced us), still load the page after a generous wait (a slow
    // phone can take seconds to activate it); a worker that fails loads it at once (redundant, below).
    setTimeout(go, 10_000);
  };
  const offerUpdate = (worker: ServiceWorker) => {
    // Without a controller there is no older build to replace: a first install activates on its own.
    if (!navigator.serviceWorker.controller) return;
    waiting = worker;
    set('update-ready');
  };

  wb.addEventListener('installed', () => state === 'saving' && set('ready'));
  // The first worker stores this page as it takes over: then the status can say so.
  wb.addEventListener('activated', () => state === 'ready' && void describe());
  wb.addEventListener('waiting', (e) => offerUpdate(e.sw!));
  wb.addEventListener('redundant', (e) => {
    if (applying && e.sw === waiting) go();
    else if (state === 'saving') set('failed');
  });
  wb.addEventListener('controlling', (e) => {
    if (applying) return go();
    // The first install claims this page; anything later is a new build whose files differ from this page's.
    if (e.isUpdate || waiting) {
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

  set(navigator.serviceWorker.controller ? 'ready' : 'saving');
  wb.register().then(
    (reg) => {
      // Reloaded past the worker (Shift+reload): the course is saved all the same.
      if (reg?.active && state === 'saving') set('ready');
      // workbox-window follows the workers found after register(); the browser's own update check on this page load
      // may already be installing a new build, which it would never report.
      const early = reg?.installing;
      early?.addEventListener('statechange', () => early.state === 'installed' && offerUpdate(early));
      // A learner may keep one lesson open for days; look for a new build whenever they come back to it.
      const check = () => void wb.update().catch(() => undefined);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
      addEventListener('online', () => {
        check();
        if (state === 'ready') void describe();
      });
    },
    () => set('failed'),
  );
}
