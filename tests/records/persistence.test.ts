import { describe, expect, it } from 'vitest';
import { requestPersistence } from '../../src/records/persistence.ts';

function manager(persisted: boolean, grant: boolean | Error): StorageManager {
  let asked = 0;
  return {
    persisted: async () => persisted,
    persist: async () => {
      asked++;
      if (grant instanceof Error) throw grant;
      return grant;
    },
    get asked() {
      return asked;
    },
  } as unknown as StorageManager;
}

describe('requestPersistence', () => {
  it('asks the browser to keep the records and says what it answered', async () => {
    expect(await requestPersistence(manager(false, true))).toBe('granted');
    expect(await requestPersistence(manager(false, false))).toBe('denied');
    expect(await requestPersistence(manager(false, new Error('not allowed')))).toBe('denied');
  });

  it('does not ask again when storage is already persistent', async () => {
    const m = manager(true, false);
    expect(await requestPersistence(m)).toBe('granted');
    expect((m as unknown as { asked: number }).asked).toBe(0);
  });

  it('knows a browser without the API', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({} as StorageManager)).toBe('unsupported');
  });
});
