import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, sanitizeSettings, saveSettings, SETTINGS_KEY, type KeyValueStorage } from '../../src/state/settings.ts';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('settings', () => {
  it('default reduced motion follows the system preference', () => {
    expect(defaultSettings(true).reducedMotion).toBe(true);
    expect(defaultSettings(false).reducedMotion).toBe(false);
  });

  it('round-trips through storage', () => {
    const store = memory();
    const s = { ...defaultSettings(), language: 'en' as const, muted: true, volume: 0.35, answerTime: null, highContrast: true };
    expect(saveSettings(store, s)).toBe(true);
    expect(loadSettings(store, defaultSettings())).toEqual(s);
  });

  it('keeps each valid field of an old or hand-edited value and defaults the rest', () => {
    const d = defaultSettings();
    const s = sanitizeSettings({ language: 'fr', muted: 'yes', volume: 7, answerTime: 1.5, highContrast: true, extra: 1 }, d);
    expect(s).toEqual({ ...d, volume: 1, answerTime: 1.5, highContrast: true });
    expect(sanitizeSettings({ answerTime: 3 }, d).answerTime).toBe(d.answerTime);
  });

  it('survives broken JSON and a storage that refuses', () => {
    const store = memory();
    store.data.set(SETTINGS_KEY, '{not json');
    expect(loadSettings(store, defaultSettings())).toEqual(defaultSettings());
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSettings(refusing, defaultSettings())).toEqual(defaultSettings());
    expect(saveSettings(refusing, defaultSettings())).toBe(false);
    expect(saveSettings(null, defaultSettings())).toBe(false);
  });
});
