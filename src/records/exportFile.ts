// The JSON file an instructor takes to another machine: the records, untouched, in an envelope
// that says what it is and which format it is in.
import type { DrillRecord } from './drillRecord.ts';
import { currentFormat } from './migrations/index.ts';

export const FILE_KIND = 'podium.drill-records';

export interface RecordsFile {
  kind: typeof FILE_KIND;
  format: number;
  exportedAt: string;
  records: DrillRecord[];
}

export function exportJson(records: readonly DrillRecord[], exportedAt: Date = new Date()): string {
  const file: RecordsFile = { kind: FILE_KIND, format: currentFormat(), exportedAt: exportedAt.toISOString(), records: [...records] };
  return JSON.stringify(file, null, 1);
}
