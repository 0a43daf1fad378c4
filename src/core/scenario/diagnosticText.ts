// How a checker problem reads, in a language: the one line `PATH:LINE:COL severity [code] message`,
// the message and the hint. Apart from the message templates (diagnostics.ts, DIAGNOSTIC_MESSAGES):
// a Diagnostic already carries its words in every language, so what lists problems (the menu, at
// start-up) does not load the templates that made them (about 11 KB gzip).
import type { Diagnostic } from './diagnostics.ts';

/** The languages every message is written in. */
export type Lang = 'en' | 'vi';

/** A piece of wording in each language (a whole message, or a part filled into one). */
export type Words = Readonly<Record<Lang, string>>;

export const LANGS: readonly Lang[] = ['en', 'vi'];

/** `PATH:LINE:COL severity [code] message` — one line, as the contract shows. */
export function formatDiagnostic(d: Diagnostic): string {
  return formatDiagnosticIn(d, 'en');
}

/** The same line with the message in `lang` (English for a language the messages are not written in). */
export function formatDiagnosticIn(d: Diagnostic, lang: string): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} [${d.code}] ${messageIn(d, lang)}`;
}

function isLang(lang: string): lang is Lang {
  return (LANGS as readonly string[]).includes(lang);
}

/** The message in `lang`, or in English. A Diagnostic read back from JSON without `texts` still shows. */
export function messageIn(d: Diagnostic, lang: string): string {
  return (isLang(lang) ? d.texts?.[lang] : undefined) ?? d.message;
}

/** The hint in `lang`, or in English; undefined when the problem has none. */
export function hintIn(d: Diagnostic, lang: string): string | undefined {
  return (isLang(lang) ? d.hints?.[lang] : undefined) ?? d.hint;
}
