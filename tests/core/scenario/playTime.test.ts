// What the menu says about a drill's length: questions per run and play time, from the routes.
import { describe, expect, it } from 'vitest';
import { playMinutes, playTime, QUICK_ANSWER_SECONDS } from '../../../src/core/scenario/playTime.ts';
import type { Scenario } from '../../../src/core/scenario/schema.ts';

type Beats = Scenario['beats'];
const beat = (time_limit: number, nexts: string[]) =>
  ({ reporter: 'r', ask: 'q', time_limit, answers: nexts.map((next) => ({ text: 'a', effects: {}, next })) }) as unknown as Beats[string];

describe('playTime', () => {
  it('counts the shortest and longest route, a prompt answer against the whole answer time', () => {
    const beats = { q1: beat(30, ['q2', 'end']), q2: beat(60, ['q3']), q3: beat(45, ['end']) } as Beats;
    const t = playTime({ start: 'q1', beats, duration: 600 });
    expect(t.questions).toEqual({ min: 1, max: 3 });
    expect(t.seconds).toEqual({ min: QUICK_ANSWER_SECONDS, max: 135 });
    expect(playMinutes(t)).toEqual({ min: 1, max: 3 });
  });

  it('never says more than the conference clock, and takes a loop once', () => {
    const beats = { q1: beat(120, ['q2']), q2: beat(120, ['q1', 'end']) } as Beats;
    const t = playTime({ start: 'q1', beats, duration: 180 });
    expect(t.questions).toEqual({ min: 2, max: 2 });
    expect(t.seconds.max).toBe(180);
    expect(t.seconds.min).toBe(2 * QUICK_ANSWER_SECONDS);
  });

  it('follows branches, free text and the timeout route', () => {
    const beats = {
      q1: {
        reporter: 'r',
        ask: 'q',
        time_limit: 20,
        free_text: { rubric: [], next: [{ if: { flag: 'x' }, goto: 'q2' }, { goto: 'end' }] },
        on_timeout: { effects: {}, next: 'q3' },
      },
      q2: beat(20, ['end']),
      q3: beat(20, ['q2']),
    } as unknown as Beats;
    expect(playTime({ start: 'q1', beats, duration: 600 }).questions).toEqual({ min: 1, max: 3 });
  });
});
