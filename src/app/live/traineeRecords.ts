// At the end of a hot-seat drill, one record per trainee goes into the history under that
// trainee's name: the drill's log (so it replays), their own score card (hotSeat.ts) and the
// questions they faced. The class record the app keeps for every drill stays as it is.
import { buildRules } from '../../core/engine/rules.ts';
import { traineeCards } from '../../core/live/hotSeat.ts';
import { buildReport } from '../../core/report/report.ts';
import type { CheckedScenario } from '../../core/scenario/checked.ts';
import type { LogEntry, SessionOptions, SessionView } from '../../core/session/types.ts';
import { recordFromReport, type DrillRecord } from '../../records/drillRecord.ts';

export function traineeRecords(checked: CheckedScenario, view: SessionView, log: readonly LogEntry[], options: SessionOptions, drillId: string, date: Date): DrillRecord[] {
  const report = buildReport(checked, view, log);
  const cards = traineeCards(checked.scenario, buildRules(checked, options), view, log);
  return cards.map((card, i) => {
    const base = recordFromReport(report, { id: `${drillId}-seat-${i + 1}`, trainee: card.trainee, date, options, log });
    const mine = new Set(card.turns.map((t) => `${t.beatId}@${t.askedAt}`));
    return { ...base, score: card.score, beats: base.beats.filter((b) => mine.has(`${b.beatId}@${b.askedAt}`)) };
  });
}
