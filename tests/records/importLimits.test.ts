// Imported records are held to the limits of a live drill, and their scores are worked out again
// from their logs on the installed scenario: a hand-edited file can neither break the debrief nor
// show a score the drill did not earn (issue 10, item 4).
import { describe, expect, it } from 'vitest';
import { DRILL_LIMITS } from '../../src/core/session/logSchema.ts';
import { replay } from '../../src/core/session/replay.ts';
import { buildReport } from '../../src/core/report/report.ts';
import { recordFromReport, type DrillRecord } from '../../src/records/drillRecord.ts';
import { FILE_KIND } from '../../src/records/exportFile.ts';
import { MAX_IMPORT_CHARS, parseRecordsFile, type ImportProblem } from '../../src/records/importFile.ts';
import { currentFormat } from '../../src/records/migrations/index.ts';
import { adjustRecord } from '../../src/records/adjustments.ts';
import { rescoreRecords } from '../../src/records/rescoreImport.ts';
import { FINISHED_LOG } from '../fixtures/debrief/finishedView.ts';
import { damScenario } from '../fixtures/debrief/scenario.ts';

/** A record exactly as the app keeps it after playing FINISHED_LOG on dam.yaml. */
function playedRecord(id = 'drill-1'): DrillRecord {
  const checked = damScenario();
  const view = replay(checked, FINISHED_LOG, {}).view();
  return recordFromReport(buildReport(checked, view, FINISHED_LOG), {
    id,
    trainee: 'An',
    date: new Date('2025-03-01T09:30:00Z'),
    options: {},
    log: FINISHED_LOG,
  });
}

function fileOf(records: unknown[]): string {
  return JSON.stringify({ kind: FILE_KIND, format: currentFormat(), exportedAt: '2025-04-01T00:00:00Z', records });
}

function problemOf(records: unknown[]): ImportProblem | null {
  const parsed = parseRecordsFile(fileOf(records));
  return parsed.ok ? null : parsed.problem;
}

describe('imports are held to the limits of a live drill', () => {
  it('refuses an answer time factor of 0 (the debrief would throw) or below', () => {
    for (const answerTimeFactor of [0, -1]) {
      expect(problemOf([{ ...playedRecord(), options: { answerTimeFactor } }])).toMatchObject({
        code: 'corrupted',
        record: 1,
        detail: expect.stringContaining('options.answerTimeFactor'),
      });
    }
    expect(problemOf([{ ...playedRecord(), options: { answerTimeFactor: 1.5 } }])).toBeNull();
    expect(problemOf([{ ...playedRecord(), options: { answerTimeFactor: null } }])).toBeNull();
  });

  it('refuses a log longer than a drill can make, quickly', () => {
    const start = performance.now();
    const log = Array.from({ length: 1_000_000 }, (_, i) => ({ type: 'tick', at: i }));
    // At 1,000,000 entries the file itself is past the import size.
    expect(problemOf([{ ...playedRecord(), log }])).toMatchObject({ code: 'too-large' });
    const justOver = Array.from({ length: DRILL_LIMITS.maxLogEntries + 1 }, (_, i) => ({ type: 'tick', at: i }));
    expect(problemOf([{ ...playedRecord(), log: justOver }])).toMatchObject({ code: 'corrupted', detail: expect.stringContaining('log') });
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('refuses titles, questions and answers longer than a scenario may hold', () => {
    const long = 'x'.repeat(2001);
    expect(problemOf([{ ...playedRecord(), scenarioTitle: long }])).toMatchObject({ code: 'corrupted', detail: expect.stringContaining('scenarioTitle') });
    expect(problemOf([{ ...playedRecord(), scenarioTitle: { vi: long, en: 'ok' } }])).toMatchObject({
      code: 'corrupted',
      detail: expect.stringContaining('scenarioTitle'),
    });
    const record = playedRecord();
    const beats = record.beats.map((b, i) => (i === 0 ? { ...b, ask: long } : b));
    expect(problemOf([{ ...record, beats }])).toMatchObject({ code: 'corrupted', detail: expect.stringContaining('beats.0.ask') });
  });

  it('refuses a file larger than the import limit before parsing it (a 50 MB title)', () => {
    const start = performance.now();
    const huge = fileOf([{ ...playedRecord(), scenarioTitle: 'x'.repeat(50 * 1024 * 1024) }]);
    const parsed = parseRecordsFile(huge);
    expect(parsed).toEqual({ ok: false, problem: { code: 'too-large', megabytes: 51, limit: MAX_IMPORT_CHARS / (1024 * 1024) } });
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('imported scores are worked out again from the log', () => {
  it('replaces a score the log did not earn with the one the debrief shows', () => {
    const honest = playedRecord();
    expect(honest.score.overall).toBeLessThan(100);
    const forged: DrillRecord = {
      ...honest,
      score: { ...honest.score, overall: 100, skills: honest.score.skills.map((s) => ({ ...s, percent: 100 })) },
      beats: honest.beats.map((b) => ({ ...b, choseBest: true })),
    };
    const parsed = parseRecordsFile(fileOf([forged]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rescored = rescoreRecords(parsed.records, (id) => (id === 'debrief-dam' ? damScenario() : null));
    expect(rescored).toMatchObject({ ok: true, changed: 1 });
    if (!rescored.ok) return;
    expect(rescored.records[0]!.score).toEqual(honest.score);
    expect(rescored.records[0]!.beats).toEqual(honest.beats);
    expect(rescored.records[0]).toEqual(honest);
  });

  it('keeps an honest record as it was', () => {
    const honest = playedRecord();
    expect(rescoreRecords([honest], () => damScenario())).toEqual({ ok: true, records: [honest], changed: 0, unverified: 0 });
  });

  it('marks a record whose scenario is not installed as unchecked, and refuses a log that does not end the drill', () => {
    const elsewhere = rescoreRecords([playedRecord()], () => null);
    expect(elsewhere).toEqual({ ok: true, records: [{ ...playedRecord(), unverified: true }], changed: 0, unverified: 1 });
    // Once its scenario is there, the mark goes and the scores are worked out again.
    expect(rescoreRecords([{ ...playedRecord(), unverified: true }], () => damScenario())).toEqual({
      ok: true,
      records: [playedRecord()],
      changed: 0,
      unverified: 0,
    });
    const cut = { ...playedRecord('drill-2'), log: FINISHED_LOG.slice(0, 2) };
    expect(rescoreRecords([playedRecord(), cut], () => damScenario())).toMatchObject({ ok: false, problem: { code: 'does-not-replay', record: 2 } });
  });

  it("applies a facilitator's adjustments again on top of the worked-out scores", () => {
    const honest = playedRecord();
    const beat = honest.beats[1]!;
    const adjustment = {
      beatOrder: 1,
      beatId: beat.beatId,
      skill: 'accuracy' as const,
      points: 2,
      reason: 'Correct in substance.',
      date: '2025-03-01T10:00:00.000Z',
    };
    const adjusted = adjustRecord(honest, adjustment, damScenario().scenario.weights);
    const forged = { ...adjusted, score: { ...adjusted.score, overall: 100 } };
    const rescored = rescoreRecords([forged], () => damScenario());
    expect(rescored).toMatchObject({ ok: true, changed: 1 });
    if (!rescored.ok) return;
    expect(rescored.records[0]).toEqual(adjusted);
    const misplaced = { ...adjusted, adjustments: [{ ...adjustment, beatId: 'no-such-question' }] };
    expect(rescoreRecords([misplaced], () => damScenario())).toMatchObject({
      ok: false,
      problem: { code: 'does-not-replay', detail: expect.stringContaining('no-such-question') },
    });
  });
});
