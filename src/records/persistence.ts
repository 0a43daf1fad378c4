// Browsers may evict IndexedDB under storage pressure unless the site asks to keep it. Records are
// a trainee's history: ask once, and say what the browser answered.
export type PersistenceAnswer = 'granted' | 'denied' | 'unsupported';

export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistenceAnswer> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
