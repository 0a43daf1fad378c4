// Drill records in IndexedDB through idb. Opening the database runs the numbered migrations: the
// schema steps, then every stored record brought up to the current format in the same upgrade
// transaction (so an upgrade that fails leaves the old database as it was).
import { openDB, type IDBPDatabase } from 'idb';
import { DrillRecordSchema, type DrillRecord } from './drillRecord.ts';
import { currentFormat, migrateRecord, MIGRATIONS } from './migrations/index.ts';
import { DRILLS_STORE, type Migration, type UpgradeTransaction } from './migrations/migration.ts';

const RECORDS_DB = 'podium-records';

export interface ImportOutcome {
  added: number;
  /** Records whose id was already stored: the stored one is kept unchanged. */
  alreadyThere: number;
}

export interface RecordsStore {
  /** Newest first. */
  list(): Promise<DrillRecord[]>;
  get(id: string): Promise<DrillRecord | undefined>;
  /** Adds or replaces; refuses a record that does not match the current format. */
  put(record: DrillRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /** Adds all new records in one transaction: all of them or, on any failure, none. */
  importRecords(records: readonly DrillRecord[]): Promise<ImportOutcome>;
  close(): void;
}

export interface OpenOptions {
  name?: string;
  migrations?: readonly Migration[];
}

async function migrateStored(tx: UpgradeTransaction, migrations: readonly Migration[]): Promise<void> {
  let cursor = await tx.objectStore(DRILLS_STORE).openCursor();
  while (cursor) {
    await cursor.update(migrateRecord(cursor.value as Record<string, unknown>, migrations));
    cursor = await cursor.continue();
  }
}

export async function openRecordsStore(options: OpenOptions = {}): Promise<RecordsStore> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = currentFormat(migrations);
  const db: IDBPDatabase<unknown> = await openDB(options.name ?? RECORDS_DB, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (const m of migrations) if (m.version > oldVersion) m.upgradeDatabase?.(database, tx);
      // The open itself rejects when the upgrade aborts; the transaction's own promise need not.
      tx.done.catch(() => undefined);
      if (oldVersion >= 1) {
        migrateStored(tx, migrations).catch(() => {
          try {
            tx.abort();
          } catch {
            // Already finished or aborted: the open fails either way.
          }
        });
      }
    },
    blocking() {
      // Another tab opens a newer version: step aside so its upgrade can run.
      db.close();
    },
  });

  function valid(record: DrillRecord): DrillRecord {
    return DrillRecordSchema.parse(record) as DrillRecord;
  }

  return {
    async list() {
      const all = (await db.getAllFromIndex(DRILLS_STORE, 'by-date')) as DrillRecord[];
      return all.reverse();
    },
    async get(id) {
      return (await db.get(DRILLS_STORE, id)) as DrillRecord | undefined;
    },
    async put(record) {
      await db.put(DRILLS_STORE, valid(record));
    },
    async delete(id) {
      await db.delete(DRILLS_STORE, id);
    },
    async importRecords(records) {
      const checked = records.map(valid);
      const tx = db.transaction(DRILLS_STORE, 'readwrite');
      let added = 0;
      let alreadyThere = 0;
      for (const record of checked) {
        if ((await tx.store.getKey(record.id)) !== undefined) {
          alreadyThere++;
          continue;
        }
        await tx.store.add(record);
        added++;
      }
      await tx.done;
      return { added, alreadyThere };
    },
    close() {
      db.close();
    },
  };
}
