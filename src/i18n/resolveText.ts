// Scenario texts are maps from language code to string (or a plain string in a one-language file).
// The chosen language wins; a scenario that lacks it still shows something rather than nothing.
import type { Text } from '../core/scenario/schema.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';

export function resolveText(text: Text | undefined | null, lang: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const exact = text[lang];
  if (exact !== undefined) return exact;
  const fallback = text[DEFAULT_LANGUAGE] ?? text.en;
  if (fallback !== undefined) return fallback;
  const first = Object.values(text)[0];
  return first ?? '';
}
