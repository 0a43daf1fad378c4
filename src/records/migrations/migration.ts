// A numbered step in the life of the drill records format. The database version and the record
// format move together: migration N makes both N. Old records are upgraded where they are stored
// (when the database opens) and where they arrive (when a file from an older version is imported).
import type { IDBPDatabase, IDBPTransaction } from 'idb';

export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  /** The format this step produces; steps are numbered 1, 2, 3… without gaps. */
  version: number;
  /** Object stores and indexes this step adds or changes. */
  upgradeDatabase?(db: IDBPDatabase<unknown>, tx: UpgradeTransaction): void;
  /** Turns one record of format `version − 1` into format `version`. */
  upgradeRecord?(record: Record<string, unknown>): Record<string, unknown>;
}

export const DRILLS_STORE = 'drills';
