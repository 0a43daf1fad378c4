// Imported records are not taken at their word: each one's scores, questions and ending are
// worked out again from its event log on the scenario installed here, exactly as the debrief does
// when it opens the record. A record whose scenario is not installed, or whose log does not play
// to the end of a drill, is refused, and with it the whole file (nothing is stored).
import { buildReport } from '../core/report/report.ts';
import type { CheckedScenario } from '../core/scenario/checked.ts';
import { replay } from '../core/session/replay.ts';
import { recordFromReport, type DrillRecord } from './drillRecord.ts';

export type RescoreProblem =
  | { code: 'unknown-scenario'; record: number; scenario: string }
  | { code: 'does-not-replay'; record: number; detail: string };

export type Rescored = { ok: true; records: DrillRecord[]; changed: number } | { ok: false; problem: RescoreProblem };

function sameScores(a: DrillRecord, b: DrillRecord): boolean {
  return JSON.stringify([a.score, a.beats, a.ending, a.elapsed]) === JSON.stringify([b.score, b.beats, b.ending, b.elapsed]);
}

export function rescoreRecords(records: readonly DrillRecord[], scenarioOf: (id: string) => CheckedScenario | null): Rescored {
  const out: DrillRecord[] = [];
  let changed = 0;
  for (const [index, record] of records.entries()) {
    const number = index + 1;
    const checked = scenarioOf(record.scenarioId);
    if (!checked) return { ok: false, problem: { code: 'unknown-scenario', record: number, scenario: record.scenarioId } };
    let rebuilt: DrillRecord;
    try {
      const view = replay(checked, record.log, record.options).view();
      if (view.status !== 'ended') return { ok: false, problem: { code: 'does-not-replay', record: number, detail: 'the drill never ends' } };
      const report = buildReport(checked, view, record.log);
      rebuilt = {
        ...recordFromReport(report, { id: record.id, trainee: record.trainee, date: new Date(record.date), options: record.options, log: record.log }),
        format: record.format,
        date: record.date,
      };
    } catch (error) {
      return { ok: false, problem: { code: 'does-not-replay', record: number, detail: (error as Error)?.message ?? String(error) } };
    }
    if (!sameScores(record, rebuilt)) changed++;
    out.push(rebuilt);
  }
  return { ok: true, records: out, changed };
}
