import { describe, expect, it } from 'vitest';
import { LIVE_POINTS } from '../../../src/core/live/liveEntries.ts';
import { Session } from '../../../src/core/session/session.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { migrateSavedDrill } from '../../../src/core/session/migrations/index.ts';
import { LogEntrySchema } from '../../../src/core/session/logSchema.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const flood = loadFixture('flood.yaml');

function started(): Session {
  const s = Session.create(flood);
  s.start(0);
  return s;
}

describe('live questions scored by the facilitator', () => {
  it('count like an answer: moments with their reason, raw totals, and ranges widened by ±LIVE_POINTS', () => {
    const s = started();
    const before = s.view();
    s.annotate({
      type: 'live',
      at: 5,
      kind: 'question',
      ask: 'Who decided the evacuation?',
      effects: { accuracy: 2, composure: -1 },
      reason: 'named the province, hesitated',
    });
    const v = s.view();
    const live = v.moments.filter((m) => m.source.kind === 'facilitator');
    expect(live).toEqual([
      {
        at: 5,
        skill: 'accuracy',
        points: 2,
        source: { kind: 'facilitator', ask: 'Who decided the evacuation?', reason: 'named the province, hesitated' },
        feedback: 'named the province, hesitated',
      },
      {
        at: 5,
        skill: 'composure',
        points: -1,
        source: { kind: 'facilitator', ask: 'Who decided the evacuation?', reason: 'named the province, hesitated' },
        feedback: 'named the province, hesitated',
      },
    ]);
    const acc = (view: typeof v) => view.score.skills.find((k) => k.skill === 'accuracy')!;
    expect(acc(v).raw).toBe(acc(before).raw + 2);
    expect(acc(v).max).toBe(acc(before).max + LIVE_POINTS);
    expect(acc(v).min).toBe(acc(before).min - LIVE_POINTS);
    // Every assessed skill is widened, also those the facilitator left at 0.
    const km = (view: typeof v) => view.score.skills.find((k) => k.skill === 'key-messages')!;
    expect(km(v).max - km(v).min).toBe(km(before).max - km(before).min + 2 * LIVE_POINTS);
    expect(v.score.skills.every((k) => k.percent >= 0 && k.percent <= 100)).toBe(true);
  });

  it('a full +2 live question raises the overall, a full −2 lowers it', () => {
    const good = started();
    const bad = started();
    const all = (p: number) => Object.fromEntries(flood.scenario.skills.map((k) => [k, p]));
    good.annotate({ type: 'live', at: 3, kind: 'call', ask: 'q', effects: all(2), reason: '' });
    bad.annotate({ type: 'live', at: 3, kind: 'call', ask: 'q', effects: all(-2), reason: '' });
    expect(good.view().score.overall).toBeGreaterThan(started().view().score.overall);
    expect(bad.view().score.overall).toBeLessThan(started().view().score.overall);
  });

  it('points beyond the buttons and skills the scenario does not assess are dropped', () => {
    const s = started();
    s.annotate({ type: 'live', at: 1, kind: 'breaking', ask: 'q', effects: { accuracy: 9, empathy: 2 } as never, reason: '' });
    const live = s.view().moments.filter((m) => m.source.kind === 'facilitator');
    expect(live.map((m) => [m.skill, m.points])).toEqual([['accuracy', LIVE_POINTS]]);
  });

  it('is logged, so replay, save/restore and the log schema keep it', () => {
    const s = started();
    s.annotate({ type: 'seat', at: 0, trainee: 'Lan' });
    s.choose(0, 4);
    s.annotate({ type: 'live', at: 6, kind: 'question', ask: 'Follow-up', effects: { accuracy: 1 }, reason: 'ok' });
    s.annotate({ type: 'note', at: 7, text: 'spoke too fast' });
    const log = s.log;
    expect(log.filter((e) => e.type === 'live' || e.type === 'seat' || e.type === 'note')).toHaveLength(3);
    for (const e of log) expect(LogEntrySchema.safeParse(e).success).toBe(true);
    const again = replay(flood, log, {});
    expect(again.view().score).toEqual(s.view().score);
    const restored = Session.restore(flood, migrateSavedDrill(JSON.parse(JSON.stringify(s.save()))));
    expect(restored.view().score).toEqual(s.view().score);
    expect(restored.log).toEqual(log);
  });

  it('an old save without live entries restores unchanged', () => {
    const s = started();
    s.choose(0, 4);
    const restored = Session.restore(flood, JSON.parse(JSON.stringify(s.save())));
    expect(restored.view().score).toEqual(s.view().score);
  });

  it('is ignored before the start and after the end', () => {
    const s = Session.create(flood);
    s.annotate({ type: 'note', at: 0, text: 'early' });
    s.start(0);
    s.end(2);
    s.annotate({ type: 'live', at: 3, kind: 'question', ask: 'late', effects: { accuracy: 2 }, reason: '' });
    expect(s.log.some((e) => e.type === 'note' || e.type === 'live')).toBe(false);
  });

  it('the schema refuses points beyond the buttons', () => {
    expect(LogEntrySchema.safeParse({ type: 'live', at: 1, kind: 'question', ask: 'q', effects: { accuracy: 3 }, reason: '' }).success).toBe(false);
    expect(LogEntrySchema.safeParse({ type: 'seat', at: 1, trainee: '' }).success).toBe(false);
  });
});

describe('more or less answer time on the open question', () => {
  it('moves the deadline, is logged and replays; never into the past', () => {
    const s = started();
    const deadline = s.view().beat!.deadline!;
    s.moveDeadline(15, 2);
    expect(s.view().beat!.deadline).toBe(deadline + 15);
    s.moveDeadline(-15, 3);
    expect(s.view().beat!.deadline).toBe(deadline);
    expect(s.log.filter((e) => e.type === 'time')).toEqual([
      { type: 'time', at: 2, seconds: 15 },
      { type: 'time', at: 3, seconds: -15 },
    ]);
    expect(replay(flood, s.log, {}).view().beat!.deadline).toBe(deadline);
    // Taking more than is left times the question out at once, scored as silence.
    s.moveDeadline(-1000, 4);
    s.tick(4);
    expect(s.view().turns[0]?.response.kind).toBe('timeout');
    expect(s.view().turns[0]?.answeredAt).toBe(4);
  });

  it('without an answer limit there is nothing to move', () => {
    const s = Session.create(flood, { answerTimeFactor: null });
    s.start(0);
    s.moveDeadline(15, 1);
    expect(s.view().beat!.deadline).toBeNull();
    expect(s.log.some((e) => e.type === 'time')).toBe(false);
  });
});
