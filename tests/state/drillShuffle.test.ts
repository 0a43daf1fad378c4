// The browser's controller draws a shuffle seed for each new drill (the core never draws one),
// keeps it with the drill (store options, saves), and maps keys by position to authored answers.
import { describe, expect, it } from 'vitest';
import { createDrillController } from '../../src/state/drillController.ts';
import { defaultSettings } from '../../src/state/settings.ts';
import { createAppStore } from '../../src/state/store.ts';
import { miniEntry } from './drillHarness.ts';

function controllerWith(shuffle?: number | 'off' | null) {
  const store = createAppStore({ settings: defaultSettings(), scenarios: [miniEntry()] });
  const controller = createDrillController({ store, nowMs: () => 0, frames: null, intervals: null, shuffle });
  return { store, controller };
}

describe('answer order of a new drill', () => {
  it('is a random seed per drill by default, kept in the store and the save', () => {
    const seeds = new Set<number | undefined>();
    for (let i = 0; i < 5; i++) {
      const { store, controller } = controllerWith();
      controller.startDrill('mini-drill');
      const seed = store.getState().drill!.options.shuffleSeed;
      expect(seed).toEqual(expect.any(Number));
      expect(controller.save()!.options.shuffleSeed).toBe(seed);
      seeds.add(seed);
    }
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('follows ?shuffle=: a fixed seed, or the authored order', () => {
    const fixed = controllerWith(7);
    fixed.controller.startDrill('mini-drill');
    expect(fixed.store.getState().drill!.options).toEqual({ shuffleSeed: 7 });
    const off = controllerWith('off');
    off.controller.startDrill('mini-drill');
    expect(off.store.getState().drill!.options.shuffleSeed).toBeUndefined();
    expect(off.store.getState().drill!.view.beat!.answers.map((a) => a.index)).toEqual(off.store.getState().drill!.view.beat!.answers.map((_, i) => i));
  });

  it('keeps a seed the caller gives (playing a drill again with the same order)', () => {
    const { store, controller } = controllerWith();
    controller.startDrill('mini-drill', { shuffleSeed: 123 });
    expect(store.getState().drill!.options.shuffleSeed).toBe(123);
  });
});
