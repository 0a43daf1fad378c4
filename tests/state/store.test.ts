import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/state/settings.ts';
import { createAppStore } from '../../src/state/store.ts';
import { miniEntry } from './drillHarness.ts';

describe('app store', () => {
  it('selects the first playable scenario and keeps a selection that still exists, broken or not', () => {
    const good = miniEntry();
    const bad = { file: 'scenarios/broken.yaml', checked: null, diagnostics: [] };
    const store = createAppStore({ settings: defaultSettings() });
    store.getState().setScenarios([bad, good]);
    expect(store.getState().selectedScenarioId).toBe('mini-drill');
    // An instructor reading a broken file's messages keeps them on screen when the list reloads.
    store.getState().selectScenario('file:scenarios/broken.yaml');
    store.getState().setScenarios([bad, good]);
    expect(store.getState().selectedScenarioId).toBe('file:scenarios/broken.yaml');
    store.getState().setScenarios([good]);
    expect(store.getState().selectedScenarioId).toBe('mini-drill');
  });

  it("follows the selected scenario's file when a save breaks it and when it is fixed (npm start)", () => {
    const good = miniEntry();
    const other = { ...miniEntry(), file: 'scenarios/other.yaml' };
    other.checked = { ...other.checked!, scenario: { ...other.checked!.scenario, id: 'other-drill' } };
    const store = createAppStore({ settings: defaultSettings() });
    store.getState().setScenarios([other, good]);
    store.getState().selectScenario('mini-drill');
    const broken = { file: good.file, checked: null, diagnostics: [] };
    store.getState().setScenarios([other, broken]);
    expect(store.getState().selectedScenarioId).toBe(`file:${good.file}`);
    store.getState().setScenarios([other, good]);
    expect(store.getState().selectedScenarioId).toBe('mini-drill');
  });

  it('merges settings and keeps toasts until dismissed', () => {
    const store = createAppStore({ settings: defaultSettings() });
    store.getState().updateSettings({ language: 'en' });
    expect(store.getState().settings).toEqual({ ...defaultSettings(), language: 'en' });
    const a = store.getState().pushToast('error', 'one');
    const b = store.getState().pushToast('info', 'two');
    expect(a).not.toBe(b);
    store.getState().dismissToast(a);
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['two']);
  });
});
