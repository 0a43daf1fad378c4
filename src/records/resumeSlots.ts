// The durable copy of each unfinished drill, in IndexedDB (`podium-resume`, store `slots`), written
// with strict durability. localStorage is written first and is what a refresh reads, but Chromium
// keeps localStorage changes in memory for seconds before writing them to disk, so a browser killed
// right after an answer would lose it; a strict IndexedDB transaction is on disk once it completes
// (a few milliseconds). Writes are chained: one at a time, and only the newest waiting save of a
// drill is written.
import { openDB, type IDBPDatabase } from 'idb';
import type { DurableCopy } from './resume.ts';

const RESUME_DB = 'podium-resume';
const STORE = 'slots';

interface Slot {
  id: string;
  saved: unknown;
}

export interface DurableSlots extends DurableCopy {
  /** Every slot on disk, by drill id. */
  list(): Promise<Map<string, unknown>>;
  /** Resolves when every write asked for so far is on disk. */
  settled(): Promise<void>;
}

export function openDurableSlots(name = RESUME_DB): DurableSlots | null {
  if (typeof indexedDB === 'undefined') return null;
  const db: Promise<IDBPDatabase<unknown> | null> = openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'id' });
    },
  }).catch(() => null);
  const waiting = new Map<string, unknown | null>();
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;

  async function writeWaiting(): Promise<void> {
    scheduled = false;
    const opened = await db;
    if (!opened || waiting.size === 0) return;
    const batch = [...waiting];
    waiting.clear();
    try {
      const tx = opened.transaction(STORE, 'readwrite', { durability: 'strict' });
      for (const [id, saved] of batch) {
        if (saved === null) void tx.store.delete(id);
        else void tx.store.put({ id, saved } satisfies Slot);
      }
      await tx.done;
    } catch {
      // A full or refused IndexedDB: localStorage still holds the drill for a refresh.
    }
  }

  function queue(id: string, saved: unknown | null): void {
    waiting.set(id, saved);
    if (scheduled) return;
    scheduled = true;
    chain = chain.then(writeWaiting);
  }

  return {
    put: (id, saved) => queue(id, saved),
    delete: (id) => queue(id, null),
    async list() {
      const out = new Map<string, unknown>();
      const opened = await db;
      if (!opened) return out;
      try {
        for (const slot of (await opened.getAll(STORE)) as Slot[]) out.set(slot.id, slot.saved);
      } catch {
        // Nothing readable: nothing to add to localStorage's slots.
      }
      return out;
    },
    settled: () => chain,
  };
}
