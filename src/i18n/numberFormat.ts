// Numbers and dates as each interface language writes them (Vietnamese: "1,5" and "3.200";
// English: "1.5" and "3,200"). Every number a trainee reads goes through here, so the briefing,
// the settings and the reports never disagree; i18next's `{{value, number}}` uses it too (i18n.ts).
const TAGS: Record<string, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The BCP 47 tag for an interface language ('vi' → 'vi-VN', 'en' → 'en-GB'). */
export function localeTag(lang: string): string {
  return TAGS[lang] ?? lang;
}

const cache = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(lang), options);
    cache.set(key, format);
  }
  return format.format(value);
}

/** A date and time, short (a report's "printed on", a history row). */
export function formatDateTime(date: Date | string, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' }): string {
  return new Date(date).toLocaleString(localeTag(lang), options);
}
