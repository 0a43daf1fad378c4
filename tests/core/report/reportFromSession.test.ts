// The report of drills played on the real engine: every point the score card counts is explained
// somewhere in the report, and a replayed log gives the same report.
import { describe, expect, it } from 'vitest';
import { buildReport, type DrillReport } from '../../../src/core/report/report.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import { damScenario } from '../../fixtures/debrief/scenario.ts';

function explainedPoints(report: DrillReport): Record<string, number> {
  const key = (m: { at: number; skill: string; points: number; source: unknown }) => `${m.at}|${m.skill}|${m.points}|${JSON.stringify(m.source)}`;
  const all = new Map<string, { skill: string; points: number }>();
  for (const b of report.beats) for (const m of b.moments) all.set(key(m), m);
  for (const r of report.timeline.rumours) for (const m of r.moments) all.set(key(m), m);
  const sums: Record<string, number> = {};
  for (const m of all.values()) sums[m.skill] = (sums[m.skill] ?? 0) + m.points;
  return sums;
}

function rawOf(report: DrillReport): Record<string, number> {
  return Object.fromEntries(report.score.skills.filter((s) => s.raw !== 0).map((s) => [s.skill, s.raw]));
}

describe('report of an engine drill', () => {
  const checked = damScenario();

  function play(moves: (s: Session) => void): Session {
    const session = Session.create(checked);
    session.start(0);
    moves(session);
    return session;
  }

  it('explains every raw point: rebuttal, rubric match and timeout', () => {
    const session = play((s) => {
      s.tick(12);
      s.choose(1, 18);
      s.answerText('Thông tin này chưa xác nhận, chúng tôi sẽ báo lại.', 40);
      s.tick(80);
    });
    const view = session.view();
    expect(view.status).toBe('ended');
    const report = buildReport(checked, view, session.log);
    const sums = Object.fromEntries(Object.entries(explainedPoints(report)).filter(([, v]) => v !== 0));
    expect(sums).toEqual(rawOf(report));
    expect(report.beats.map((b) => b.response.kind)).toEqual(['choice', 'text', 'timeout']);
    expect(report.beats[0]!.rebutted).toEqual(['collapse']);
    expect(report.timeline.rumours[0]!.rebuttedAt).toBe(18);
    const typed = report.beats[1]!.response;
    expect(typed.kind === 'text' && typed.matched.map((l) => l.lineIndex)).toEqual([0]);
  });

  it('puts the cost of a rumour left unrebutted on the rumour, not on a question', () => {
    const session = play((s) => {
      s.choose(0, 15);
      s.answerText('Có người đã chết.', 30);
      s.choose(1, 35);
    });
    const report = buildReport(checked, session.view(), session.log);
    expect(report.timeline.rumours[0]!.rebuttedAt).toBeNull();
    const unrebutted = report.timeline.rumours[0]!.moments.filter((m) => m.source.kind === 'rumour' && m.source.measure === 'unrebutted');
    expect(unrebutted.length).toBeGreaterThan(0);
    expect(report.beats.flatMap((b) => b.moments).some((m) => m.source.kind === 'rumour')).toBe(false);
    const sums = Object.fromEntries(Object.entries(explainedPoints(report)).filter(([, v]) => v !== 0));
    expect(sums).toEqual(rawOf(report));
    expect(report.beats[0]!.choseBest).toBe(false);
  });

  it('gives the same report when the drill is replayed from its log', () => {
    const session = play((s) => {
      s.tick(5);
      s.pause(9);
      s.resume(9);
      s.tick(22);
      s.choose(1, 26.5);
      s.tick(60);
      s.answerText('not confirmed yet', 61);
      s.end(70);
    });
    const original = buildReport(checked, session.view(), session.log);
    const replayed = replay(checked, session.log);
    expect(buildReport(checked, replayed.view(), replayed.log)).toEqual(original);
    expect(original.ending?.reason).toBe('facilitator');
    expect(original.timeline.pauses).toEqual([{ from: 9, to: 9 }]);
  });
});
