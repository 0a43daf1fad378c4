// Reading a records file back. Everything is checked before anything is stored: a file that is
// not a records file, comes from a newer Podium, or is damaged is refused as a whole with a reason
// the history screen can show, and what is already stored stays as it was.
import * as z from 'zod/mini';
import { DrillRecordSchema, type DrillRecord } from './drillRecord.ts';
import { FILE_KIND } from './exportFile.ts';
import { currentFormat, migrateRecord, MIGRATIONS, NewerFormatError } from './migrations/index.ts';
import type { Migration } from './migrations/migration.ts';

export type ImportProblem =
  | { code: 'too-large'; megabytes: number; limit: number }
  | { code: 'not-json' }
  | { code: 'not-records' }
  | { code: 'newer-format'; found: number; supported: number }
  | { code: 'corrupted'; record: number; detail: string };

export type ParsedFile = { ok: true; records: DrillRecord[] } | { ok: false; problem: ImportProblem };

/** Characters (about bytes) of a records file: thousands of drills; a file past it is not read. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

export function tooLarge(size: number): ImportProblem | null {
  if (size <= MAX_IMPORT_CHARS) return null;
  return { code: 'too-large', megabytes: Math.ceil(size / (1024 * 1024)), limit: MAX_IMPORT_CHARS / (1024 * 1024) };
}

const EnvelopeSchema = z.object({ kind: z.literal(FILE_KIND), format: z.number(), records: z.array(z.unknown()) });

function describeIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'unreadable';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'record';
  return `${where}: ${issue.message}`;
}

export function parseRecordsFile(text: string, migrations: readonly Migration[] = MIGRATIONS): ParsedFile {
  const large = tooLarge(text.length);
  if (large) return { ok: false, problem: large };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problem: { code: 'not-records' } };
  const supported = currentFormat(migrations);
  if (envelope.data.format > supported) return { ok: false, problem: { code: 'newer-format', found: envelope.data.format, supported } };

  const records: DrillRecord[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of envelope.data.records.entries()) {
    const number = index + 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, problem: { code: 'corrupted', record: number, detail: 'not an object' } };
    }
    let migrated: Record<string, unknown>;
    try {
      migrated = migrateRecord(raw as Record<string, unknown>, migrations);
    } catch (error) {
      if (error instanceof NewerFormatError) return { ok: false, problem: { code: 'newer-format', found: error.found, supported: error.supported } };
      return { ok: false, problem: { code: 'corrupted', record: number, detail: (error as Error).message } };
    }
    const checked = DrillRecordSchema.safeParse(migrated);
    if (!checked.success) return { ok: false, problem: { code: 'corrupted', record: number, detail: describeIssue(checked.error) } };
    if (ids.has(checked.data.id)) return { ok: false, problem: { code: 'corrupted', record: number, detail: `id ${checked.data.id} appears twice` } };
    ids.add(checked.data.id);
    records.push(checked.data as DrillRecord);
  }
  return { ok: true, records };
}
