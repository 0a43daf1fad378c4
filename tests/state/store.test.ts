import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/state/settings.ts';
import { createAppStore } from '../../src/state/store.ts';
import { miniEntry } from './drillHarness.ts';

describe('app store', () => {
  it('selects the first playable scenario and keeps a selection that still exists', () => {
    const good = miniEntry();
    const bad = { file: 'scenarios/broken.yaml', checked: null, diagnostics: [] };
    const store = createAppStore({ settings: defaultSettings() });
    store.getState().setScenarios([bad, good]);
    expect(store.getState().selectedScenarioId).toBe('mini-drill');
    store.getState().selectScenario('file:scenarios/broken.yaml');
    store.getState().setScenarios([bad, good]);
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
