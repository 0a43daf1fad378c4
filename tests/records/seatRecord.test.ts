import { describe, expect, it } from 'vitest';
import { traineeRecords } from '../../src/app/live/traineeRecords.ts';
import { Session } from '../../src/core/session/session.ts';
import { DrillRecordSchema } from '../../src/records/drillRecord.ts';
import { rescoreRecords } from '../../src/records/rescoreImport.ts';
import { loadFixture } from '../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

function hotSeatDrill(): Session {
  const s = Session.create(flood);
  s.start(0);
  s.annotate({ type: 'seat', at: 0, trainee: 'An' });
  s.choose(1, 4);
  s.annotate({ type: 'seat', at: 5, trainee: 'Bình' });
  s.annotate({ type: 'live', at: 6, kind: 'question', ask: 'Who pays?', effects: { accuracy: 2 }, reason: 'named the fund' });
  s.end(9);
  return s;
}

describe('a hot-seat drill’s records', () => {
  it('gives each trainee a valid record of their own share, which an import works out again the same', () => {
    const s = hotSeatDrill();
    const records = traineeRecords(flood, s.view(), s.log, {}, 'drill-1', new Date('2026-12-03T10:00:00Z'));
    expect(records.map((r) => [r.trainee, r.seat, r.id])).toEqual([
      ['An', 'An', 'drill-1-seat-1'],
      ['Bình', 'Bình', 'drill-1-seat-2'],
    ]);
    for (const r of records) expect(DrillRecordSchema.safeParse(r).success).toBe(true);
    const [an, binh] = records as [(typeof records)[0], (typeof records)[0]];
    expect(an.beats.map((b) => b.beatId)).toEqual(['q-open']);
    expect(binh.beats).toEqual([]);
    // Their own cards, not the class's.
    expect(an.score).not.toEqual(s.view().score);
    expect(binh.score.skills.find((k) => k.skill === 'accuracy')!.percent).toBe(100);
    const again = rescoreRecords(JSON.parse(JSON.stringify(records)), () => flood);
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.changed).toBe(0);
      expect(again.records.map((r) => r.score)).toEqual(records.map((r) => r.score));
    }
  });

  it('an import of a share whose trainee never sat is refused', () => {
    const s = hotSeatDrill();
    const [an] = traineeRecords(flood, s.view(), s.log, {}, 'drill-1', new Date());
    const forged = { ...JSON.parse(JSON.stringify(an)), seat: 'Chi' };
    const again = rescoreRecords([forged], () => flood);
    expect(again.ok).toBe(false);
  });
});

describe('a trainee who never faced a question', () => {
  it('gets no scorecard', () => {
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.choose(1, 4);
    s.annotate({ type: 'seat', at: 5, trainee: 'Bình' });
    s.end(6);
    expect(traineeRecords(flood, s.view(), s.log, {}, 'd', new Date()).map((r) => r.trainee)).toEqual(['An']);
  });

  it('lists a question skipped while a trainee sat as skipped, without a score and without counting it as theirs', () => {
    const s = Session.create(flood);
    s.start(0);
    s.annotate({ type: 'seat', at: 0, trainee: 'An' });
    s.choose(1, 4);
    s.skip(6);
    s.end(9);
    const [an] = traineeRecords(flood, s.view(), s.log, {}, 'drill-2', new Date('2026-12-03T10:00:00Z'));
    expect(DrillRecordSchema.safeParse(an).success).toBe(true);
    expect(an!.beats.map((b) => [b.beatId, b.response, b.points])).toEqual([
      ['q-open', 'choice', expect.any(Object)],
      ['q-missing', 'skipped', {}],
    ]);
    const again = rescoreRecords(JSON.parse(JSON.stringify([an])), () => flood);
    expect(again.ok && again.changed).toBe(0);
  });
});
