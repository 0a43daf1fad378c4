// A room session's title in both languages: the phones show it in their own language, whatever
// language the facilitator's laptop is in.
import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { formatDateTime } from '../../i18n/numberFormat.ts';

export function sessionTitles(i18n: I18n, date: Date): Record<Language, string> {
  const titles = {} as Record<Language, string>;
  for (const lang of LANGUAGES) {
    titles[lang] = i18n
      .getFixedT(lang)('room:sessionTitle', { date: formatDateTime(date, lang, { dateStyle: 'short' }) })
      .slice(0, 200);
  }
  return titles;
}
