// Simulated-clock tests: drill time is passed in explicitly (a fake clock), so every deadline can
// be hit exactly, and nothing waits for real time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DrillClock } from '../../../src/core/engine/clock.ts';
import { rumourReach } from '../../../src/core/engine/rumourReach.ts';
import { escalationAt } from '../../../src/core/engine/rumours.ts';
import { Session } from '../../../src/core/session/session.ts';
import type { SessionOptions } from '../../../src/core/session/types.ts';
import { loadFixture } from '../../fixtures/engine/checked.ts';

const timing = loadFixture('timing.yaml');
const poison = timing.scenario.rumours.find((r) => r.id === 'poison')!;

function started(options: SessionOptions = {}): Session {
  const s = Session.create(timing, options);
  s.start(0);
  return s;
}

/** Ticks every `step` seconds from the current time to `to` (inclusive). */
function tickTo(s: Session, to: number, step = 1): void {
  for (let t = s.view().now + step; t < to; t += step) s.tick(t);
  s.tick(to);
}

describe('answer time limits', () => {
  it('times out exactly at the deadline, not before', () => {
    const s = started();
    expect(s.view().beat).toMatchObject({ id: 'q1', askedAt: 0, deadline: 20 });
    tickTo(s, 19.999, 0.5);
    expect(s.view().beat?.id).toBe('q1');
    expect(s.view().turns).toHaveLength(0);
    s.tick(20);
    const turn = s.view().turns[0]!;
    expect(turn).toMatchObject({ beatId: 'q1', answeredAt: 20, response: { kind: 'timeout' } });
    expect(s.view().beat).toMatchObject({ id: 'q2', askedAt: 20, deadline: 50 });
  });

  it('scores silence with on_timeout when the author wrote one, else -1 timeliness; always 1 below the worst answer on timeliness', () => {
    const s = started();
    s.tick(20);
    expect(s.view().turns[0]!.moments).toEqual([expect.objectContaining({ skill: 'timeliness', points: -1, source: { kind: 'timeout', beatId: 'q1' } })]);
    s.tick(50);
    const turn = s.view().turns[1]!;
    // q2's on_timeout gives no timeliness; silence still costs 1 below its worst answer (0).
    expect(turn.moments).toEqual([
      expect.objectContaining({ skill: 'composure', points: -2, feedback: 'Silence on a safety question alarms people.' }),
      expect.objectContaining({ skill: 'timeliness', points: -1, source: { kind: 'timeout', beatId: 'q2' } }),
    ]);
    expect(s.view().flags).toEqual(['silent']);
    // The rumour passed its escalation reach at 40, while q2 was asked: its beat comes instead of q3.
    expect(s.view().beat?.id).toBe('q-poison');
  });

  it('a late tick still times out at the deadline, and the next beat is asked then', () => {
    const s = started();
    s.tick(55); // q1 times out at 20, q2 (asked at 20) at 50, after the escalation at 40
    expect(s.view().turns.map((t) => [t.beatId, t.answeredAt])).toEqual([
      ['q1', 20],
      ['q2', 50],
    ]);
    expect(s.view().beat).toMatchObject({ id: 'q-poison', askedAt: 50, deadline: 80 });
  });

  it('an answer at the deadline comes too late; just before it counts', () => {
    const late = started();
    late.choose(0, 20);
    expect(late.view().turns[0]!.response.kind).toBe('timeout');
    const inTime = started();
    inTime.choose(0, 19.99);
    expect(inTime.view().turns[0]!.response).toEqual({ kind: 'choice', answerIndex: 0 });
  });

  it('scales time limits by answerTimeFactor, and null turns them off', () => {
    const slow = started({ answerTimeFactor: 1.5 });
    expect(slow.view().beat?.deadline).toBe(30);
    slow.tick(29);
    expect(slow.view().beat?.id).toBe('q1');
    slow.tick(30);
    expect(slow.view().beat).toMatchObject({ id: 'q2', deadline: 75 });

    const off = started({ answerTimeFactor: null });
    expect(off.view().beat?.deadline).toBeNull();
    tickTo(off, 299, 7);
    expect(off.view().beat?.id).toBe('q1');
    expect(off.view().status).toBe('running');
  });
});

describe('rumours', () => {
  it('appear on the feed at appears_at and grow, double every `doubling` seconds, until peak', () => {
    const s = started({ answerTimeFactor: null });
    s.tick(9.9);
    expect(s.view().feed).toHaveLength(0);
    expect(s.view().rumours[0]).toMatchObject({ id: 'poison', state: 'dormant', reach: 0 });
    s.tick(10);
    expect(s.view().feed.map((f) => [f.key, f.at, f.kind])).toEqual([['rumour:poison', 10, 'rumour']]);
    expect(s.view().rumours[0]).toMatchObject({ state: 'spreading', reach: 100, appearedAt: 10 });
    s.tick(20);
    expect(s.view().rumours[0]!.reach).toBe(200);
    s.tick(50);
    expect(s.view().rumours[0]).toMatchObject({ state: 'peaked', reach: 1600 });
    s.tick(90);
    expect(s.view().rumours[0]!.reach).toBe(1600);
  });

  it('stop growing when rebutted and halve every `doubling` seconds after', () => {
    const s = started({ answerTimeFactor: null });
    s.choose(0, 5);
    s.choose(0, 30); // rebuts poison at 30: reach 400
    expect(s.view().rumours[0]).toMatchObject({ state: 'rebutted', reach: 400, rebuttedAt: 30 });
    s.tick(40);
    expect(s.view().rumours[0]!.reach).toBe(200);
    s.tick(50);
    expect(s.view().rumours[0]!.reach).toBe(100);
    for (let t = 30; t <= 90; t += 5) expect(rumourReach(poison.reach, { appearedAt: 10, rebuttedAt: 30 }, t)).toBeLessThanOrEqual(400);
  });

  it('score the rebuttal on speed and reach when it happens', () => {
    const s = started({ answerTimeFactor: null });
    s.choose(0, 5);
    s.choose(0, 30); // 20 s after appearing = 2 doublings: fast; reach 400/1600 = 25 %: mid
    const rumourMoments = s.view().moments.filter((m) => m.source.kind === 'rumour');
    expect(rumourMoments.map((m) => [m.skill, m.points, m.at])).toEqual([
      ['timeliness', 2, 30],
      ['rumour-rebuttal', 1, 30],
    ]);
    expect(s.view().turns[1]!.moments).toHaveLength(3);
  });

  it('escalate once when reach passes at_reach: that beat comes next after the current one', () => {
    const s = started({ answerTimeFactor: null });
    s.choose(1, 5); // q2
    s.tick(39.99);
    expect(s.view().rumours[0]!.reach).toBeLessThan(800);
    s.choose(1, 45); // reach passed 800 at 40 while q2 was asked; q2 → q3 as written
    expect(s.view().beat?.id).toBe('q-poison');
    s.choose(1, 50);
    expect(s.view().beat?.id).toBe('q4');
    s.tick(200);
    expect(s.view().visited.filter((b) => b === 'q-poison')).toHaveLength(1);
    expect(s.view().beat?.id).toBe('q4');
  });

  it('do not escalate after a rebuttal', () => {
    const s = started({ answerTimeFactor: null });
    s.choose(0, 5);
    s.choose(0, 30);
    s.answerText('water is safe', 60);
    expect(s.view().beat?.id).toBe('q4');
    s.tick(200);
    expect(s.view().visited).not.toContain('q-poison');
  });

  it('cost rumour-rebuttal when they appeared and were never rebutted by the end', () => {
    const s = started({ answerTimeFactor: null });
    s.tick(260); // both rumours appeared
    s.end(261);
    const unrebutted = s.view().moments.filter((m) => m.source.kind === 'rumour');
    expect(unrebutted.map((m) => [m.source, m.points])).toEqual([
      [{ kind: 'rumour', rumourId: 'poison', measure: 'unrebutted' }, -2],
      [{ kind: 'rumour', rumourId: 'fled', measure: 'unrebutted' }, -2],
    ]);
  });
});

describe('events and injects', () => {
  it('events appear on the feed at `at`; an event goto comes after the current beat', () => {
    const s = started({ answerTimeFactor: null });
    s.choose(0, 5);
    s.choose(0, 6); // rebut: no escalation
    s.tick(99);
    expect(s.view().feed.map((f) => f.key)).toEqual(['rumour:poison']);
    s.tick(100);
    expect(s.view().feed.at(-1)).toMatchObject({ key: 'event:call', kind: 'call', at: 100, from: 'The minister' });
    s.tick(120);
    expect(s.view().feed.at(-1)).toMatchObject({ key: 'event:1', kind: 'note', at: 120 });
    s.answerText('the water is safe', 130);
    expect(s.view().beat?.id).toBe('q-minister');
    s.choose(0, 131);
    expect(s.view().beat?.id).toBe('q4');
  });

  it('inject a rumour now, before its time; it does not appear again at its time', () => {
    const s = started({ answerTimeFactor: null });
    s.inject({ rumour: 'fled' }, 50);
    expect(s.view().rumours[1]).toMatchObject({ id: 'fled', appearedAt: 50, injected: true, state: 'spreading' });
    expect(s.view().feed.at(-1)).toMatchObject({ key: 'rumour:fled', at: 50 });
    s.tick(260);
    expect(s.view().feed.filter((f) => f.key === 'rumour:fled')).toHaveLength(1);
  });

  it('inject an event early: its goto applies and it does not fire again', () => {
    const s = started({ answerTimeFactor: null });
    s.inject({ event: 'call' }, 3);
    s.choose(0, 4);
    expect(s.view().beat?.id).toBe('q-minister');
    s.tick(150);
    expect(s.view().feed.filter((f) => f.key === 'event:call')).toHaveLength(1);
  });

  it('ignores an inject of something the scenario does not have', () => {
    const s = started();
    s.inject({ rumour: 'nope' }, 3);
    s.inject({ event: 'nope' }, 3);
    expect(s.view().feed).toHaveLength(0);
    expect(s.view().status).toBe('running');
  });
});

describe('pause', () => {
  it('stops the drill clock: a paused drill neither times out nor spreads rumours', () => {
    let ms = 0;
    const clock = new DrillClock(() => ms);
    const s = started();
    ms = 15_000;
    s.tick(clock.now());
    clock.pause();
    s.pause(clock.now());
    expect(s.view().status).toBe('paused');
    ms = 600_000; // ten minutes of real time in the pause
    s.tick(clock.now());
    expect(s.view()).toMatchObject({ now: 15, status: 'paused' });
    expect(s.view().beat?.id).toBe('q1');
    clock.resume();
    s.resume(clock.now());
    ms = 604_000;
    s.tick(clock.now());
    expect(s.view().now).toBe(19);
    expect(s.view().beat?.id).toBe('q1');
    ms = 605_000;
    s.tick(clock.now());
    expect(s.view().beat?.id).toBe('q2');
  });

  it('ignores answers while paused', () => {
    const s = started();
    s.pause(5);
    s.choose(0, 5);
    s.answerText('anything', 5);
    expect(s.view().turns).toHaveLength(0);
    s.resume(5);
    s.choose(0, 6);
    expect(s.view().turns).toHaveLength(1);
  });
});

describe('the end of the conference', () => {
  it('ends at duration, cutting off the beat being asked, and picks the first ending that holds', () => {
    const s = started({ answerTimeFactor: null });
    s.tick(299.5);
    expect(s.view().status).toBe('running');
    s.tick(400);
    const v = s.view();
    expect(v.status).toBe('ended');
    expect(v.now).toBe(300);
    expect(v.ending).toEqual({ id: 'slow', text: 'The story ran away from you.', reason: 'duration' });
    expect(v.lastTurn).toMatchObject({ beatId: 'q1', answeredAt: 300, response: { kind: 'ended' } });
    expect(v.beat).toBeNull();
  });

  it('ends when a next reaches end, with the ending chosen on the final scores', () => {
    const s = started();
    s.choose(0, 2);
    s.choose(0, 12);
    s.answerText('The water is safe.', 20);
    s.choose(0, 25);
    expect(s.view().ending).toMatchObject({ id: 'calm', reason: 'end' });
    expect(s.view().now).toBe(25);
  });

  it('ends when the facilitator ends it', () => {
    const s = started();
    s.end(7);
    expect(s.view().ending).toMatchObject({ id: 'default', reason: 'facilitator' });
    expect(s.view().lastTurn).toMatchObject({ beatId: 'q1', response: { kind: 'ended' } });
  });

  it('does not change after the end', () => {
    const s = started();
    s.end(7);
    const before = s.view();
    s.choose(0, 8);
    s.tick(100);
    s.inject({ rumour: 'fled' }, 101);
    s.end(102);
    expect(s.view()).toBe(before);
  });
});

describe('tick granularity', () => {
  it('gives the same drill whether time comes in one tick or many', () => {
    const coarse = started();
    coarse.tick(280);
    const fine = started();
    tickTo(fine, 280, 0.25);
    const strip = (s: Session) => ({ ...s.view(), feed: s.view().feed, turns: s.view().turns });
    expect(strip(fine)).toEqual(strip(coarse));
  });

  it('holds for any slicing of time between the same answers', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { maxLength: 30 }), fc.constantFrom(1, 2), (cuts, factor) => {
        const play = (ticks: number[]) => {
          const s = started({ answerTimeFactor: factor });
          for (const t of ticks.filter((t) => t < 70).sort((a, b) => a - b)) s.tick(t);
          s.choose(1, 70);
          for (const t of ticks.filter((t) => t > 70).sort((a, b) => a - b)) s.tick(t);
          s.tick(310);
          return { turns: s.view().turns, feed: s.view().feed, score: s.view().score, ending: s.view().ending };
        };
        expect(play(cuts)).toEqual(play([]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('escalationAt', () => {
  it('is the first millisecond at which the shown reach has passed at_reach', () => {
    const track = { appearedAt: 10, rebuttedAt: null, injected: false, escalated: false };
    const at = escalationAt(poison, track)!;
    expect(at).toBe(40);
    expect(rumourReach(poison.reach, track, at)).toBeGreaterThanOrEqual(800);
    expect(rumourReach(poison.reach, track, at - 0.001)).toBeLessThan(800);
  });

  it('is null once rebutted before that instant, escalated, or not appeared', () => {
    const base = { appearedAt: 10, rebuttedAt: null, injected: false, escalated: false };
    expect(escalationAt(poison, { ...base, rebuttedAt: 20 })).toBeNull();
    expect(escalationAt(poison, { ...base, escalated: true })).toBeNull();
    expect(escalationAt(poison, { ...base, appearedAt: null })).toBeNull();
    expect(escalationAt(poison, { ...base, rebuttedAt: 41 })).toBe(40);
  });
});
