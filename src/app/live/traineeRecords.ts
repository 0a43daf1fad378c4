// At the end of a hot-seat drill, one record per trainee goes into the history under that
// trainee's name (records/seatRecord.ts: the drill's log, their own score card and questions).
// The class record the app keeps for every drill stays as it is.
import { buildRules } from '../../core/engine/rules.ts';
import { traineeCards } from '../../core/live/hotSeat.ts';
import { buildReport } from '../../core/report/report.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { LogEntry, SessionOptions, SessionView } from '../../core/session/types.ts';
import { recordFromReport, type DrillRecord } from '../../records/drillRecord.ts';
import { seatShare } from '../../records/seatRecord.ts';

export function traineeRecords(
  checked: CheckedScenario,
  view: SessionView,
  log: readonly LogEntry[],
  options: SessionOptions,
  drillId: string,
  date: Date,
): DrillRecord[] {
  const report = buildReport(checked, view, log);
  // A trainee who never faced a question (the drill ended first) has no score to keep.
  const names = traineeCards(checked.scenario, buildRules(checked, options), view, log)
    .filter((c) => c.turns.length + c.liveCount > 0)
    .map((c) => c.trainee);
  return names.flatMap((trainee, i) => {
    const base = recordFromReport(report, { id: `${drillId}-seat-${i + 1}`, trainee, date, options, log });
    const share = seatShare(base, checked, view, log, options, trainee);
    return share ? [share] : [];
  });
}
