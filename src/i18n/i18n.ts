// One i18next instance for the whole interface, initialised synchronously from the bundled
// resources so the first frame is already in the right language.
import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages.ts';
import { formatNumber } from './numberFormat.ts';
import { bundledNamespaces, bundledResources } from './resources.ts';

export type { I18n };

export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources: bundledResources(),
    ns: bundledNamespaces(),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key shows as the key itself (the parity test catches it before it ships).
    saveMissing: false,
  });
  // `{{factor, number}}` in a string: the same formatting as every number drawn in code.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined, options: Intl.NumberFormatOptions) =>
    typeof value === 'number' ? formatNumber(value, lng ?? instance.language, options) : String(value),
  );
  return instance;
}
