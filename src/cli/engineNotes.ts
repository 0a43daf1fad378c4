// The engine's notes (core/engine/notes.ts) and saved-drill problems in the terminal: worded from
// the same locale files the browser uses (locales/*/engine.json, savedDrill.json), so a sentence
// has one home.
import en from '../../locales/en/engine.json' with { type: 'json' };
import vi from '../../locales/vi/engine.json' with { type: 'json' };
import savedEn from '../../locales/en/savedDrill.json' with { type: 'json' };
import savedVi from '../../locales/vi/savedDrill.json' with { type: 'json' };
import type { Said } from '../core/engine/notes.ts';
import { plainTranslate } from '../i18n/plainTranslate.ts';
import { saidText } from '../i18n/saidText.ts';
import { savedDrillText } from '../i18n/savedDrillText.ts';

const translate = plainTranslate({ engine: { en, vi }, savedDrill: { en: savedEn, vi: savedVi } });

/** The author's feedback, else the engine's note, in `lang`. */
export function saidInTerminal(said: Said | null | undefined, lang: string): string {
  return saidText(said, lang, translate);
}

/** Why a saved drill did not open, in `lang`. */
export function savedDrillInTerminal(error: unknown, lang = 'en'): string {
  return savedDrillText(error, (key, options) => translate(key, { ...options, lng: lang }));
}
