import { emptyProgress, serializeProgress, type Progress } from './progress-format.ts';
import { hasProgress, PERSIST_ASKED_KEY } from './keep-progress.ts';
import { hasSavedProgress, PROGRESS_KEY } from './saved-progress.ts';
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
 * A store over whatever storage getStorage returns, read with `readStored` (progress-parse.ts); storage that is missing or
 * throws never breaks it. Every answer a change alters is stamped with `now()`, so merging an imported file can keep the
 * newer answer of each question.
 */
export function createProgressStore(
  getStorage: () => KeyValueStorage | null | undefined,
  readStored: (text: string | null) => Progress,
  now: () => number = Date.now,
): ProgressStore {
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

let opening: Promise<ProgressStore> | undefined;
let readSaved: ((text: string | null) => Progress) | undefined;

// The code that reads saved progress (zod) comes only once there is some: a first visit has nothing to read.
const loadReader = async () => (readSaved ??= (await import('./progress-parse.ts')).readStored);

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

function createBrowserStore(): ProgressStore {
  // Storage held nothing when the store opened, so its reader was not needed; a save from another tab loads it first.
  const store = createProgressStore(
    () => (typeof window === 'undefined' ? null : window.localStorage),
    (text) => (text === null ? emptyProgress() : readSaved!(text)),
  );
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY || event.key === null) void loadReader().then(store.refresh, () => undefined);
    });
    store.subscribe(askToKeep);
  }
  return store;
}

/**
 * The page's one store over localStorage, once it can read what is saved; it follows saves made in other tabs. Every
 * page script and island opens it with this before reading or changing progress.
 */
export function openProgressStore(): Promise<ProgressStore> {
  opening ??= (async () => {
    try {
      if (hasSavedProgress()) await loadReader();
    } catch {
      // The reader could not arrive (offline before it was cached): this page works from memory and says it cannot
      // save, rather than write over the saved progress it could not read.
      return createProgressStore(() => null, emptyProgress);
    }
    const store = createBrowserStore();
    // Read now, in the same step as the check above: the store keeps this copy from here on.
    store.read();
    return store;
  })();
  return opening;
}

/**
 * Opens the page's store, then calls `listener` with the progress now and after every change. The function returned
 * stops it, whether the store has opened yet or not.
 */
export function followProgress(listener: (progress: Progress, store: ProgressStore) => void): () => void {
  let stop: (() => unknown) | undefined;
  let stopped = false;
  void openProgressStore().then((store) => {
    if (stopped) return;
    listener(store.read(), store);
    stop = store.subscribe((progress) => listener(progress, store));
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
