// The after-action report: everything the debrief screen, the print view and the drill records
// show, built from the scenario and the finished drill alone. Pure, so a replayed drill gives
// the same report and the tests need no browser.
import type { CheckedScenario } from '../scenario/checked.ts';
import type { Text } from '../scenario/schema.ts';
import type { LogEntry, ScoreCard, ScoredMoment, SessionView } from '../session/types.ts';
import { beatReport, type BeatReport } from './beatReport.ts';
import { timelineOf, type Timeline } from './timeline.ts';
import { liveReportOf, type LiveReport } from '../live/liveReport.ts';

export interface DrillReport {
  scenarioId: string;
  title: Text;
  /** The scenario's languages, so a screen can fall back to one the texts have. */
  languages: string[];
  status: SessionView['status'];
  score: ScoreCard;
  ending: SessionView['ending'];
  /** Drill seconds from the start to the end (or to now, for an unfinished drill). */
  elapsed: number;
  timeline: Timeline;
  beats: BeatReport[];
  /**
   * Questions the conference ended before asking, scored as silence (engine/ending.ts), in the
   * order silence would have asked them.
   */
  notReached: NotReachedBeat[];
  /** A live drill's facilitator entries (live items, notes, hot seat); absent without any. */
  live?: LiveReport;
}

export interface NotReachedBeat {
  beatId: string;
  reporterName: string;
  ask: Text;
  moments: ScoredMoment[];
}

function notReachedOf(scenario: CheckedScenario['scenario'], moments: readonly ScoredMoment[]): NotReachedBeat[] {
  const out: NotReachedBeat[] = [];
  for (const m of moments) {
    if (m.source.kind !== 'timeout' || m.source.ended !== 'unasked') continue;
    const beatId = m.source.beatId;
    let entry = out.find((b) => b.beatId === beatId);
    if (!entry) {
      const beat = scenario.beats[beatId];
      if (!beat) continue;
      entry = { beatId, reporterName: scenario.reporters.find((r) => r.id === beat.reporter)?.name ?? beat.reporter, ask: beat.ask, moments: [] };
      out.push(entry);
    }
    entry.moments.push(m);
  }
  return out;
}

export type ReportView = Pick<SessionView, 'scenarioId' | 'status' | 'now' | 'turns' | 'feed' | 'rumours' | 'moments' | 'score' | 'ending'>;

export function buildReport(checked: CheckedScenario, view: ReportView, log: readonly LogEntry[] = []): DrillReport {
  const { scenario } = checked;
  if (view.scenarioId !== scenario.id) {
    throw new Error(`This drill was played on scenario "${view.scenarioId}", not "${scenario.id}".`);
  }
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    languages: scenario.languages,
    status: view.status,
    score: view.score,
    ending: view.ending,
    elapsed: view.now,
    timeline: timelineOf(scenario, view, log),
    beats: view.turns.map((turn, order) => beatReport(scenario, turn, order, view.rumours)),
    notReached: notReachedOf(scenario, view.moments),
    ...withLive(liveReportOf(log, scenario.skills)),
  };
}

function withLive(live: LiveReport | null): { live?: LiveReport } {
  return live ? { live } : {};
}
