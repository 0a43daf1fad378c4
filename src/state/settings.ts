// What the trainee or facilitator chooses once and expects to find again: stored in localStorage,
// validated field by field so an old or hand-edited value never breaks the start-up.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages.ts';

/** Answer time multipliers offered in settings; null switches time limits off (WCAG 2.2.1). */
export const ANSWER_TIME_CHOICES = [1, 1.5, 2, null] as const;
export type AnswerTime = (typeof ANSWER_TIME_CHOICES)[number];

export interface Settings {
  language: Language;
  muted: boolean;
  /** 0..1 */
  volume: number;
  answerTime: AnswerTime;
  highContrast: boolean;
  reducedMotion: boolean;
}

export const SETTINGS_KEY = 'podium.settings';

export function defaultSettings(prefersReducedMotion = false): Settings {
  return {
    language: DEFAULT_LANGUAGE,
    muted: false,
    volume: 0.8,
    answerTime: 1,
    highContrast: false,
    reducedMotion: prefersReducedMotion,
  };
}

/** Keeps each valid field of `raw` and the default for the rest. */
export function sanitizeSettings(raw: unknown, defaults: Settings): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...defaults };
  const r = raw as Record<string, unknown>;
  const volume = typeof r.volume === 'number' && Number.isFinite(r.volume) ? Math.min(1, Math.max(0, r.volume)) : defaults.volume;
  const answerTime = (ANSWER_TIME_CHOICES as readonly unknown[]).includes(r.answerTime) ? (r.answerTime as AnswerTime) : defaults.answerTime;
  return {
    language: isLanguage(r.language) ? r.language : defaults.language,
    muted: typeof r.muted === 'boolean' ? r.muted : defaults.muted,
    volume,
    answerTime,
    highContrast: typeof r.highContrast === 'boolean' ? r.highContrast : defaults.highContrast,
    reducedMotion: typeof r.reducedMotion === 'boolean' ? r.reducedMotion : defaults.reducedMotion,
  };
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadSettings(storage: KeyValueStorage | null, defaults: Settings): Settings {
  if (!storage) return { ...defaults };
  try {
    const text = storage.getItem(SETTINGS_KEY);
    return text ? sanitizeSettings(JSON.parse(text), defaults) : { ...defaults };
  } catch {
    return { ...defaults };
  }
}

/** False when the browser refused (private mode, quota): the caller tells the user. */
export function saveSettings(storage: KeyValueStorage | null, settings: Settings): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
