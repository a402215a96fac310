import { describe, expect, it, vi } from 'vitest';
import { emptyProgress, withLesson } from '../../src/lib/progress-format';
import { readStored } from '../../src/lib/progress-parse';
import { createProgressStore, type KeyValueStorage } from '../../src/lib/progress-store';
import { PROGRESS_KEY as STORAGE_KEY } from '../../src/lib/saved-progress';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

const change = (p: ReturnType<typeof emptyProgress>) => withLesson(p, '/a/', (l) => ({ ...l, done: '2026-01-02T03:04:05.000Z' }));

describe('progress store', () => {
  it('saves changes to storage and tells its listeners', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, readStored);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.update(change)).toBe(true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(change(emptyProgress()));
    expect(listener).toHaveBeenCalledWith(change(emptyProgress()));
    expect(createProgressStore(() => storage, readStored).read()).toEqual(change(emptyProgress()));
  });

  it('starts from nothing when storage holds corrupt data, and replaces it on the next save', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    const store = createProgressStore(() => storage, readStored);
    expect(store.read()).toEqual(emptyProgress());
    store.update(change);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(change(emptyProgress()));
  });

  it.each([
    {
      what: 'reading and writing throw (private mode)',
      storage: () => ({
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
      }),
    },
    {
      what: 'writing throws (quota exceeded)',
      storage: () => ({
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      }),
    },
    {
      what: 'even asking for storage throws',
      storage: () => {
        throw new Error('SecurityError');
      },
    },
    { what: 'there is no storage', storage: () => null },
  ])('keeps working from memory when $what', ({ storage }) => {
    const store = createProgressStore(storage, readStored);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.read()).toEqual(emptyProgress());
    expect(store.update(change)).toBe(false);
    expect(store.read()).toEqual(change(emptyProgress()));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reads storage again on refresh, as after a save in another tab', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage, readStored);
    expect(store.read()).toEqual(emptyProgress());
    createProgressStore(() => storage, readStored).update(change);
    const listener = vi.fn();
    store.subscribe(listener);
    store.refresh();
    expect(store.read()).toEqual(change(emptyProgress()));
    expect(listener).toHaveBeenCalledWith(change(emptyProgress()));
  });

  it('stops calling a listener once unsubscribed', () => {
    const store = createProgressStore(() => null, readStored);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    stop();
    store.update(change);
    expect(listener).not.toHaveBeenCalled();
  });
});
