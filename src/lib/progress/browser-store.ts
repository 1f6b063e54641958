// Guarded access to the browser's localStorage: it may be missing, blocked (privacy settings, sandboxed
// frames throw SecurityError on access) or full (QuotaExceededError). Callers learn the outcome from the
// return value and keep the learner's record in memory instead of crashing.

export interface KeyValueStore {
  read(key: string): string | null;
  /** false when the value could not be stored (blocked or full). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

export function browserStore(getStorage: () => Storage | null | undefined): KeyValueStore {
  const storage = (): Storage | null => {
    try {
      return getStorage() ?? null;
    } catch {
      return null;
    }
  };
  return {
    read(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      const target = storage();
      if (!target) return false;
      try {
        target.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        /* nothing stored, nothing to remove */
      }
    },
  };
}

/** True when a value can be written and read back (a probe, so a blocked store is known at launch). */
export function storeWorks(store: KeyValueStore, probeKey: string): boolean {
  const ok = store.write(probeKey, '1') && store.read(probeKey) === '1';
  store.remove(probeKey);
  return ok;
}

export function defaultStorage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}
