// A store and a drill controller on a fake clock and manual frames, with the fixture scenario.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../src/core/scenario/load.ts';
import { createDrillController, type DrillController } from '../../src/state/drillController.ts';
import type { ScenarioEntry } from '../../src/state/scenarioEntry.ts';
import { defaultSettings } from '../../src/state/settings.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';

export function miniEntry(): ScenarioEntry {
  const file = 'tests/fixtures/state/mini.yaml';
  const text = readFileSync(join(import.meta.dirname, '../fixtures/state/mini.yaml'), 'utf8');
  const { checked, diagnostics } = loadScenario(text, file);
  if (!checked) throw new Error(`fixture does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  return { file, checked, diagnostics };
}

export interface Rig {
  store: AppStore;
  controller: DrillController;
  /** Moves real time on by `ms` and runs pending frames and timers that fell due. */
  advance(ms: number): void;
  frames: number;
}

/** `shuffle`: the answer order of new drills (default: the file's order, so tests can name answers by number). */
export function rig(options: { timescale?: number; endDelayMs?: number; shuffle?: number | 'off' | null } = {}): Rig {
  let now = 1000;
  const frames = new Map<number, () => void>();
  const timers: { at: number; fn: () => void }[] = [];
  let next = 1;
  const store = createAppStore({ settings: defaultSettings(), scenarios: [miniEntry()] });
  const controller = createDrillController({
    store,
    nowMs: () => now,
    timescale: options.timescale ?? 1,
    shuffle: options.shuffle === undefined ? 'off' : options.shuffle,
    frames: {
      request: (cb) => {
        const id = next++;
        frames.set(id, cb);
        return id;
      },
      cancel: (id) => frames.delete(id),
    },
    intervals: null,
    endDelayMs: options.endDelayMs ?? 1000,
    delay: (fn, ms) => timers.push({ at: now + ms, fn }),
  });
  const r: Rig = {
    store,
    controller,
    frames: 0,
    advance(ms) {
      // Frames every 16 ms, as a browser would.
      const end = now + ms;
      while (now < end) {
        now = Math.min(end, now + 16);
        const due = [...frames.entries()];
        frames.clear();
        for (const [, cb] of due) {
          r.frames++;
          cb();
        }
        for (const t of timers.filter((x) => x.at <= now)) {
          timers.splice(timers.indexOf(t), 1);
          t.fn();
        }
      }
    },
  };
  return r;
}
