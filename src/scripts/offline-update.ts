// Applying a new build of the course: loaded by offline.ts only once one is found (waiting, or already in charge after
// another tab applied it), since most visits never see an update. The learner takes it with "Update now" or their next
// link within the course, so nobody is left reading an old build.
import { isCourseNavigation } from '../lib/offline';
import type { OfflineState } from '../lib/offline-status';

/** What offline.ts hands over: the header's update button, the course's base, the registration and the status setter. */
export interface UpdateHost {
  button: HTMLButtonElement;
  base: string;
  registration: ServiceWorkerRegistration;
  set: (state: OfflineState) => void;
}

let host: UpdateHost | undefined;
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

// sw.ts lets a waiting build take over when a page asks.
const skipWaiting = () => host?.registration.waiting?.postMessage({ type: 'SKIP_WAITING' });

function apply(href?: string): void {
  destination = href;
  if (!waiting) return updated ? go() : undefined;
  applying = true;
  host?.set('updating');
  skipWaiting();
  // Chromium can shelve an activation when a request reaches the old worker at that very moment (an island loading
  // as the learner scrolls to a link): asking again each second restarts it (a no-op once nothing waits).
  const nudge = setInterval(skipWaiting, 1000);
  addEventListener('pagehide', () => clearInterval(nudge));
  // Should the new worker never take over (another tab raced us), still load the page after a generous wait (a slow
  // phone can take seconds to activate it); a worker that fails loads it at once (redundant, below).
  setTimeout(go, 10_000);
}

function start(next: UpdateHost): void {
  host = next;
  next.button.addEventListener('click', () => apply());
  navigator.serviceWorker.addEventListener('controllerchange', () => applying && go());
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
    if (!isCourseNavigation(click, location.href, new URL(next.base, location.href).href)) return;
    e.preventDefault();
    apply(a.href);
  });
}

/** Offers a new build: `worker` waits to take over, or, without one, a new build already has (another tab applied it). */
export function offerUpdate(next: UpdateHost, worker?: ServiceWorker): void {
  if (!host) start(next);
  if (applying) return;
  if (worker) {
    waiting = worker;
    worker.addEventListener('statechange', () => worker.state === 'redundant' && applying && worker === waiting && go());
  } else {
    updated = true;
    waiting = undefined;
  }
  next.set('update-ready');
}
