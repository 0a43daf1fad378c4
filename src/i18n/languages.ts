// The interface languages. Scenario files may carry others; the interface ships these two.
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The interface language a language setting or i18next code stands for (anything but English is Vietnamese). */
export function interfaceLanguage(lang: string): Language {
  return lang === 'en' ? 'en' : 'vi';
}

/** The interface's other language: what the language key switches to, and the second name shown under a skill. */
export function otherLanguage(lang: string): Language {
  return interfaceLanguage(lang) === 'en' ? 'vi' : 'en';
}
