import { readStored, serializeProgress, type Progress } from './progress-format.ts';
import { hasProgress, PERSIST_ASKED_KEY } from './keep-progress.ts';
import { PROGRESS_KEY } from './saved-progress.ts';
import { stampChanges } from './progress-stamp.ts';

/** The part of the Web Storage API the store uses, so tests can hand in a fake that throws. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Shared progress for every quiz and progress badge on a page. */
export interface ProgressStore {
  /** The current progress (read from storage once, then kept). */
  read(): Progress;
  /** Applies a change and tells every listener; returns false when storage refused it and the change lives in memory only. */
  update(change: (progress: Progress) => Progress): boolean;
  /** Calls the listener after every change; returns a function that stops it. */
  subscribe(listener: (progress: Progress) => void): () => void;
  /** Forgets the kept copy and reads storage again, e.g. after another tab saved. */
  refresh(): void;
}

/**
 * A store over whatever storage getStorage returns; storage that is missing or throws never breaks it. Every answer a
 * change alters is stamped with `now()`, so merging an imported file can keep the newer answer of each question.
 */
export function createProgressStore(getStorage: () => KeyValueStorage | null | undefined, now: () => number = Date.now): ProgressStore {
  let cache: Progress | undefined;
  const listeners = new Set<(progress: Progress) => void>();
  const notify = (progress: Progress) => {
    for (const listener of listeners) listener(progress);
  };
  const read = (): Progress => {
    if (cache) return cache;
    let text: string | null = null;
    try {
      text = getStorage()?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      // Private mode or a blocked storage (even asking for it may throw): start from nothing rather than fail.
    }
    cache = readStored(text);
    return cache;
  };
  return {
    read,
    update(change) {
      const before = read();
      const next = stampChanges(before, change(before), now());
      cache = next;
      let saved = false;
      try {
        const target = getStorage();
        target?.setItem(PROGRESS_KEY, serializeProgress(next));
        saved = Boolean(target);
      } catch {
        // Quota exceeded or storage disabled: keep working from memory for this page.
      }
      notify(next);
      return saved;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh() {
      cache = undefined;
      notify(read());
    },
  };
}

let browserStore: ProgressStore | undefined;

/** Asks the browser once, when there is first progress to lose, to keep the site's storage from eviction. */
function askToKeep(progress: Progress): void {
  try {
    if (!hasProgress(progress) || localStorage.getItem(PERSIST_ASKED_KEY) !== null) return;
    localStorage.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
    void navigator.storage?.persist?.().catch(() => undefined);
  } catch {
    // No storage to keep: nothing to ask for.
  }
}

/** The page's one store over localStorage; it follows saves made in other tabs. */
export function browserProgressStore(): ProgressStore {
  if (browserStore) return browserStore;
  const store = createProgressStore(() => (typeof window === 'undefined' ? null : window.localStorage));
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY || event.key === null) store.refresh();
    });
    store.subscribe(askToKeep);
  }
  browserStore = store;
  return store;
}
