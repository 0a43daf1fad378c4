import { describe, expect, it } from 'vitest';
import { rumourReach } from '../../../src/core/engine/rumourReach.ts';
import { reachCurve } from '../../../src/core/report/reachCurve.ts';

const reach = { start: 500, doubling: 20, peak: 100000 };

describe('reachCurve', () => {
  it('samples the pure reach function from 0 to the end, in time order', () => {
    const times = { appearedAt: 10, rebuttedAt: 25 };
    const curve = reachCurve(reach, times, 70, 14);
    expect(curve[0]!.at).toBe(0);
    expect(curve.at(-1)!.at).toBe(70);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.at).toBeGreaterThanOrEqual(curve[i - 1]!.at);
    for (const s of curve.filter((s) => s.at !== 10)) expect(s.reach).toBe(rumourReach(reach, times, s.at));
  });

  it('includes the instant of appearance as a vertical step and the instant of rebuttal as the top', () => {
    const times = { appearedAt: 13, rebuttedAt: 37 };
    const curve = reachCurve(reach, times, 100, 10);
    const atAppearance = curve.filter((s) => s.at === 13).map((s) => s.reach);
    expect(atAppearance).toEqual([0, 500]);
    const top = Math.max(...curve.map((s) => s.reach));
    expect(curve.find((s) => s.reach === top)!.at).toBe(37);
    expect(top).toBe(rumourReach(reach, times, 37));
  });

  it('includes the instant the rumour peaks, so the plateau starts where it does', () => {
    const small = { start: 100, doubling: 10, peak: 800 };
    const curve = reachCurve(small, { appearedAt: 0, rebuttedAt: null }, 100, 4);
    expect(curve.some((s) => s.at === 30 && s.reach === 800)).toBe(true);
  });

  it('stays at zero for a rumour that never appeared', () => {
    const curve = reachCurve(reach, { appearedAt: null, rebuttedAt: null }, 50, 5);
    expect(curve.every((s) => s.reach === 0)).toBe(true);
    expect(curve).toHaveLength(6);
  });
});
