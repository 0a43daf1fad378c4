import { describe, expect, it } from 'vitest';
import { savedDrillAt } from '../../src/core/session/startAt.ts';
import { wordLibraryClash } from '../../src/state/libraryClash.ts';
import type { LibraryEntry } from '../../src/state/libraryEntry.ts';
import { defaultSettings } from '../../src/state/settings.ts';
import { createAppStore } from '../../src/state/store.ts';
import { miniEntry, rig } from './drillHarness.ts';

function libraryEntry(id: string, name = `${id}.yaml`): LibraryEntry {
  const base = miniEntry();
  return {
    file: name,
    checked: { ...base.checked!, file: name, scenario: { ...base.checked!.scenario, id } },
    diagnostics: [],
    library: { name, idAt: { line: 2, column: 5 } },
  };
}

describe('scenarios from the studio library in the store', () => {
  it('lists the library after the bundled scenarios, whichever arrives first, and keeps the selection', () => {
    const store = createAppStore({ settings: defaultSettings() });
    store.getState().setLibraryScenarios([libraryEntry('my-drill')], wordLibraryClash);
    expect(store.getState().scenarios.map((e) => e.checked?.scenario.id)).toEqual(['my-drill']);
    store.getState().selectScenario('my-drill');
    store.getState().setScenarios([miniEntry()]);
    expect(store.getState().scenarios.map((e) => e.checked?.scenario.id)).toEqual(['mini-drill', 'my-drill']);
    expect(store.getState().selectedScenarioId).toBe('my-drill');
    store.getState().setLibraryScenarios([], wordLibraryClash);
    expect(store.getState().scenarios.map((e) => e.checked?.scenario.id)).toEqual(['mini-drill']);
    expect(store.getState().selectedScenarioId).toBe('mini-drill');
  });

  it('never lets a library copy replace a bundled scenario: the copy is listed with the duplicate-id error at its id', () => {
    const store = createAppStore({ settings: defaultSettings(), scenarios: [miniEntry()] });
    store.getState().setLibraryScenarios([libraryEntry('mini-drill', 'copy.yaml')], wordLibraryClash);
    const [bundled, copy] = store.getState().scenarios;
    expect(bundled!.checked?.file).toBe('tests/fixtures/state/mini.yaml');
    expect(copy!.checked).toBeNull();
    expect(copy!.diagnostics[0]).toMatchObject({ code: 'duplicate-scenario-id', severity: 'error', file: 'copy.yaml', line: 2, column: 5 });
  });
});

describe('the drill controller plays a studio preview', () => {
  it('starts at the chosen beat in the press room, marked as a preview', () => {
    const r = rig();
    const checked = r.store.getState().scenarios[0]!.checked!;
    const beats = Object.keys(checked.scenario.beats);
    const beat = beats[beats.length - 1]!;
    expect(r.controller.previewDrill(savedDrillAt(checked, { beat, at: 30, flags: [], rumours: {} }))).toBe(true);
    const drill = r.store.getState().drill!;
    expect(drill.preview).toBe(true);
    expect(drill.view.beat?.id).toBe(beat);
    expect(r.store.getState().screen).toBe('PressRoom');
    r.advance(2000);
    expect(r.controller.now()).toBeGreaterThan(31);
  });

  it('refuses a scenario the store does not list', () => {
    const r = rig();
    const checked = r.store.getState().scenarios[0]!.checked!;
    const saved = savedDrillAt(checked, { beat: checked.scenario.start, at: 0, flags: [], rumours: {} });
    expect(r.controller.previewDrill({ ...saved, scenarioId: 'not-listed' })).toBe(false);
    expect(r.store.getState().drill).toBeNull();
  });
});
