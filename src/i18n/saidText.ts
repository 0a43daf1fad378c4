// What a turn or moment says, in the interface language: the author's feedback as written, else the
// engine's note (core/engine/notes.ts) worded from locales/*/engine.json. Saves from before notes
// carry the engine's words as feedback Text; they show as they are.
import type { Said } from '../core/engine/notes.ts';
import { resolveText } from './resolveText.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function saidText(said: Said | null | undefined, lang: string, t: Translate): string {
  if (!said) return '';
  if (said.feedback !== undefined) return resolveText(said.feedback, lang);
  if (said.note === undefined) return '';
  const { code, ...values } = said.note;
  return t(`engine:${code}`, { ...values, lng: lang });
}
