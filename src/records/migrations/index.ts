// Every migration, in order. Add a new one as NNN-what-it-does.ts and append it here; the current
// format is simply how many there are.
import { createDrillsStore } from './001-create-drills-store.ts';
import type { Migration } from './migration.ts';

export const MIGRATIONS: readonly Migration[] = [createDrillsStore];

export function currentFormat(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length;
}

export class NewerFormatError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`made by a newer version of Podium (format ${found}; this version reads up to ${supported})`);
  }
}

/**
 * Brings one stored or imported record up to the current format. Throws NewerFormatError for a
 * record from the future, an Error for one without a format; anything else wrong is for the
 * schema to find afterwards.
 */
export function migrateRecord(raw: Record<string, unknown>, migrations: readonly Migration[] = MIGRATIONS): Record<string, unknown> {
  const target = currentFormat(migrations);
  const from = raw.format;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) throw new Error('it has no valid format number');
  if (from > target) throw new NewerFormatError(from, target);
  let record = raw;
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    record = { ...(migration.upgradeRecord?.(record) ?? record), format: migration.version };
  }
  return record;
}
