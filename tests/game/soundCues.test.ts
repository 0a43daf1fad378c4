import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/core/session/types.ts';
import { soundCues } from '../../src/game/soundCues.ts';
import { rig } from '../state/drillHarness.ts';

describe('sound cues', () => {
  it('follows a real drill: shutter on a question, ticks in the last five seconds, notify, sting', () => {
    const r = rig();
    const heard: { at: number; cue: string }[] = [];
    let prev: SessionView | null = null;
    r.store.subscribe((s) => {
      const v = s.drill?.view;
      if (!v || v === prev) return;
      for (const cue of soundCues(prev, v)) heard.push({ at: Math.round(v.now * 10) / 10, cue });
      prev = v;
    });
    r.controller.startDrill('mini-drill');
    r.advance(31_000);
    const cues = heard.map((h) => h.cue);
    expect(cues[0]).toBe('shutter');
    // One tick as each of the last five seconds comes up on the ring: 5, 4, 3, 2, 1.
    expect(heard.filter((h) => h.cue === 'tick').map((h) => Math.ceil(30 - h.at))).toEqual([5, 4, 3, 2, 1]);
    expect(heard.find((h) => h.cue === 'notify')?.at).toBeGreaterThanOrEqual(10);
    expect(heard.find((h) => h.cue === 'sting')?.at).toBeGreaterThanOrEqual(20);
    // The timeout brings the next question: shutters again, no confirm sound for silence.
    expect(cues.filter((c) => c === 'shutter')).toHaveLength(2);
    expect(cues).not.toContain('answer');
  });

  it('confirms an answer and stays silent while paused', () => {
    const r = rig();
    r.controller.startDrill('mini-drill');
    const before = r.store.getState().drill!.view;
    r.controller.choose(0);
    const after = r.store.getState().drill!.view;
    expect(soundCues(before, after)).toEqual(['shutter', 'answer']);
    r.controller.pause();
    expect(soundCues(after, r.store.getState().drill!.view)).toEqual([]);
  });
});
