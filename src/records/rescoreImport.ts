// Imported records are not taken at their word: each one's scores, questions and ending are
// worked out again from its event log on the scenario installed here, exactly as the debrief does
// when it opens the record (a facilitator's adjustments are applied again on top). A record whose
// log does not play to the end of a drill on that scenario is refused, and with it the whole file
// (nothing is stored). A record whose scenario is not installed cannot be checked: it is kept as
// exported and marked `unverified`, which the history shows next to its score.
import { adjustedScore } from '../core/report/adjustments.ts';
import { buildReport } from '../core/report/report.ts';
import type { CheckedScenario } from '../core/scenario/checked.ts';
import { replay } from '../core/session/replay.ts';
import { recordFromReport, type DrillRecord } from './drillRecord.ts';
import { seatShare } from './seatRecord.ts';

export type RescoreProblem = { code: 'does-not-replay'; record: number; detail: string };

export type Rescored = { ok: true; records: DrillRecord[]; changed: number; unverified: number } | { ok: false; problem: RescoreProblem };

function sameScores(a: DrillRecord, b: DrillRecord): boolean {
  return JSON.stringify([a.score, a.engineScore, a.beats, a.ending, a.elapsed]) === JSON.stringify([b.score, b.engineScore, b.beats, b.ending, b.elapsed]);
}

/** The record as this machine scores it, or the reason its log does not fit the scenario. */
function rescore(record: DrillRecord, checked: CheckedScenario): DrillRecord | string {
  const view = replay(checked, record.log, record.options).view();
  if (view.status !== 'ended') return 'the drill never ends';
  const report = buildReport(checked, view, record.log);
  const { unverified: _mark, ...rest } = record;
  const rebuilt: DrillRecord = {
    ...rest,
    ...recordFromReport(report, { id: record.id, trainee: record.trainee, date: new Date(record.date), options: record.options, log: record.log }),
    format: record.format,
    date: record.date,
  };
  delete rebuilt.engineScore;
  // One trainee's share of a hot-seat drill is worked out again as their share, not the class's.
  if (record.seat !== undefined)
    return seatShare(rebuilt, checked, view, record.log, record.options, record.seat) ?? `"${record.seat}" never sat at the podium in this drill`;
  const adjustments = record.adjustments ?? [];
  for (const a of adjustments) {
    if (rebuilt.beats[a.beatOrder]?.beatId !== a.beatId)
      return `an adjustment is for question ${a.beatOrder + 1} "${a.beatId}", which this drill did not ask there`;
  }
  if (adjustments.length === 0) return rebuilt;
  return { ...rebuilt, adjustments, engineScore: rebuilt.score, score: adjustedScore(rebuilt.score, adjustments, checked.scenario.weights) };
}

export function rescoreRecords(records: readonly DrillRecord[], scenarioOf: (id: string) => CheckedScenario | null): Rescored {
  const out: DrillRecord[] = [];
  let changed = 0;
  let unverified = 0;
  for (const [index, record] of records.entries()) {
    const checked = scenarioOf(record.scenarioId);
    if (!checked) {
      unverified++;
      out.push({ ...record, unverified: true });
      continue;
    }
    let rebuilt: DrillRecord | string;
    try {
      rebuilt = rescore(record, checked);
    } catch (error) {
      rebuilt = (error as Error)?.message ?? String(error);
    }
    if (typeof rebuilt === 'string') return { ok: false, problem: { code: 'does-not-replay', record: index + 1, detail: rebuilt } };
    if (!sameScores(record, rebuilt)) changed++;
    out.push(rebuilt);
  }
  return { ok: true, records: out, changed, unverified };
}
