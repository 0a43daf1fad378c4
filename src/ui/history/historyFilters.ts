// What the history screen lists: records narrowed by trainee and scenario, and the choices the
// two filters offer (a trainee is one person however their name was typed).
import type { Text } from '../../core/scenario/schema.ts';
import type { DrillRecord } from '../../records/drillRecord.ts';

export interface HistoryFilter {
  /** A traineeKey, or null for everyone. */
  trainee: string | null;
  scenarioId: string | null;
}

export function filterRecords(records: readonly DrillRecord[], filter: HistoryFilter): DrillRecord[] {
  return records.filter(
    (r) => (filter.trainee === null || r.traineeKey === filter.trainee) && (filter.scenarioId === null || r.scenarioId === filter.scenarioId),
  );
}

/** Letters beyond plain ASCII: "Nguyễn Văn An" is a fuller spelling than "nguyen van an". */
function accents(name: string): number {
  return [...name].filter((c) => c > '\u007f').length + (/^\p{Lu}/u.test(name) ? 1 : 0);
}

/** One entry per trainee, under the fullest spelling of their name (the latest on a tie), by name. */
export function traineeChoices(records: readonly DrillRecord[]): { key: string; name: string }[] {
  const best = new Map<string, DrillRecord>();
  for (const r of records) {
    const seen = best.get(r.traineeKey);
    if (!seen || accents(r.trainee) > accents(seen.trainee) || (accents(r.trainee) === accents(seen.trainee) && r.date > seen.date)) best.set(r.traineeKey, r);
  }
  return [...best.entries()].map(([key, r]) => ({ key, name: r.trainee })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function scenarioChoices(records: readonly DrillRecord[]): { id: string; title: Text }[] {
  const seen = new Map<string, Text>();
  for (const r of records) if (!seen.has(r.scenarioId)) seen.set(r.scenarioId, r.scenarioTitle);
  return [...seen.entries()].map(([id, title]) => ({ id, title }));
}
