// Applies the settings to the page (language, theme, reduced motion) and keeps them in storage;
// installed first, so every later subscriber already sees them applied.
import { applyCssTheme, paletteFor } from '../game/theme.ts';
import type { I18n } from '../i18n/i18n.ts';
import { saveSettings, type KeyValueStorage } from '../state/settings.ts';
import type { AppStore } from '../state/store.ts';

export function installSettingsEffects(store: AppStore, i18n: I18n, storage: KeyValueStorage | null): void {
  const applyLanguage = (lang: string) => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = i18n.t('common:documentTitle');
  };
  const applyDisplay = () => {
    const s = store.getState().settings;
    applyCssTheme(document.documentElement, paletteFor(s.highContrast));
    document.body.classList.toggle('reduced-motion', s.reducedMotion);
  };
  applyLanguage(store.getState().settings.language);
  applyDisplay();
  let warnedStorage = false;
  store.subscribe((state, prev) => {
    if (state.settings === prev.settings) return;
    if (state.settings.language !== prev.settings.language) applyLanguage(state.settings.language);
    applyDisplay();
    if (!saveSettings(storage, state.settings) && !warnedStorage) {
      warnedStorage = true;
      store.getState().pushToast('error', i18n.t('settings:notSaved'));
    }
  });
}
