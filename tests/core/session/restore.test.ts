// Restore and replay are exact: a drill saved at any moment and restored, then fed the same
// remaining calls, ends like the drill that never stopped; replaying its log does too.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replay } from '../../../src/core/session/replay.ts';
import { applyEntry } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import type { LogEntry, SessionOptions } from '../../../src/core/session/types.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const scenarios = [loadFixture('flood.yaml'), loadFixture('timing.yaml')];

const TEXTS = ['chưa xác nhận', 'the water is safe', 'poisoned', 'đang xác minh, not confirmed', 'water safe do not drink'];

/** A random drill: calls in increasing drill time, as a clock would make them. */
const callArb = fc.record({
  gap: fc.double({ min: 0, max: 40, noNaN: true }),
  call: fc.oneof(
    { weight: 4, arbitrary: fc.constant({ type: 'tick' as const }) },
    { weight: 4, arbitrary: fc.nat(4).map((answerIndex) => ({ type: 'choose' as const, answerIndex })) },
    { weight: 2, arbitrary: fc.constantFrom(...TEXTS).map((text) => ({ type: 'type' as const, text })) },
    { weight: 1, arbitrary: fc.constant({ type: 'pause' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'resume' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<{ rumour: string } | { event: string }>({ rumour: 'fled' }, { rumour: 'dam-collapse' }, { event: 'call' }, { event: '0' })
        .map((what) => ({ type: 'inject' as const, what })),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'end' as const }) },
  ),
});

function toLog(calls: { gap: number; call: Record<string, unknown> & { type: string } }[]): LogEntry[] {
  let at = 0;
  const log: LogEntry[] = [{ type: 'start', at: 0 }];
  for (const { gap, call } of calls) {
    at += gap;
    log.push({ ...call, at } as LogEntry);
  }
  return log;
}

const optionsArb = fc.constantFrom<SessionOptions>({}, { answerTimeFactor: 2 }, { answerTimeFactor: null }, { answerTimeFactor: 0.5 });

function outcome(s: Session) {
  const v = s.view();
  return {
    status: v.status,
    now: v.now,
    ending: v.ending,
    score: v.score,
    moments: v.moments,
    turns: v.turns,
    feed: v.feed,
    flags: v.flags,
    beat: v.beat,
    rumours: v.rumours,
  };
}

describe('restore', () => {
  it('restoring at a random point and replaying the rest gives the same scores, moments and ending', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), optionsArb, fc.array(callArb, { minLength: 1, maxLength: 25 }), fc.nat(), (which, options, calls, cut) => {
        const checked = scenarios[which]!;
        const log = toLog(calls);
        const split = 1 + (cut % log.length);
        const whole = Session.create(checked, options);
        for (const e of log) applyEntry(whole, e);

        const first = Session.create(checked, options);
        for (const e of log.slice(0, split)) applyEntry(first, e);
        const saved = JSON.parse(JSON.stringify(first.save()));
        const restored = Session.restore(checked, saved);
        expect(outcome(restored)).toEqual(outcome(first));
        for (const e of log.slice(split)) applyEntry(restored, e);
        expect(outcome(restored)).toEqual(outcome(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('replaying the log of a drill gives the same drill', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), optionsArb, fc.array(callArb, { maxLength: 25 }), (which, options, calls) => {
        const checked = scenarios[which]!;
        const original = Session.create(checked, options);
        for (const e of toLog(calls)) applyEntry(original, e);
        const again = replay(checked, original.log, options);
        expect(outcome(again)).toEqual(outcome(original));
        expect(again.log).toEqual(original.log);
      }),
      { numRuns: 300 },
    );
  });

  it('replays up to a drill second for a scrubber', () => {
    const checked = scenarios[0]!;
    const s = Session.create(checked);
    s.start(0);
    s.choose(1, 10);
    s.answerText('chưa xác nhận', 30);
    s.choose(0, 50);
    const at25 = replay(checked, s.log, {}, 25);
    expect(at25.view().now).toBe(25);
    expect(at25.view().turns).toHaveLength(1);
    expect(at25.view().beat?.id).toBe('q-missing');
  });

  it('a restored drill continues at the same beat, drill time and rumour reach', () => {
    const checked = scenarios[0]!;
    const s = Session.create(checked);
    s.start(0);
    s.choose(1, 10);
    s.tick(45);
    const r = Session.restore(checked, s.save());
    expect(r.view().beat).toEqual(s.view().beat);
    expect(r.view().now).toBe(45);
    expect(r.view().rumours[0]!.reach).toBe(s.view().rumours[0]!.reach);
    expect(r.view().status).toBe('running');
    r.tick(200); // the time-out of q-missing still comes after restoring (no lost timers)
    expect(r.view().turns.map((t) => t.response.kind)).toContain('timeout');
  });

  it('refuses a save of another scenario or one that no longer matches the scenario', () => {
    const s = Session.create(scenarios[0]!);
    s.start(0);
    const saved = s.save();
    expect(() => Session.restore(scenarios[1]!, saved)).toThrow(
      expect.objectContaining({ problem: { code: 'other-scenario', saved: 'flood-dam-rumour', scenario: 'engine-timing' } }),
    );
    const changed = structuredClone(scenarios[0]!);
    delete changed.scenario.beats['q-open'];
    changed.scenario.start = 'q-missing';
    expect(() => Session.restore(changed, saved)).toThrow(expect.objectContaining({ problem: { code: 'scenario-changed', scenario: 'flood-dam-rumour' } }));
  });
});
