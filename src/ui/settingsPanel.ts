// The settings dialog (DOM, fully keyboard accessible): language, mute and volume, answer time
// (×1, ×1.5, ×2, off — WCAG 2.2.1), high contrast and reduced motion. Every change applies at once
// and is remembered (the store's settings are saved by main.ts).
import type { Commands } from '../app/commands.ts';
import type { I18n } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/numberFormat.ts';
import { ANSWER_TIME_CHOICES, type AnswerTime } from '../state/settings.ts';
import type { AppStore } from '../state/store.ts';
import { h, trapFocus } from './dom.ts';

export interface SettingsPanel {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  relabel(): void;
}

function answerTimeValue(choice: AnswerTime): string {
  return choice === null ? 'off' : String(choice);
}

export function createSettingsPanel(root: HTMLElement, store: AppStore, i18n: I18n, commands: Commands): SettingsPanel {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
  const dialog = h('div', { class: 'dialog-backdrop settings-backdrop', hidden: true });
  // Focusable itself: a click on its empty space keeps the focus in the dialog, not on the page.
  const panel = h('section', { class: 'dialog settings', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'settings-title', tabindex: -1 });
  dialog.append(panel);
  root.append(dialog);
  let returnFocus: HTMLElement | null = null;

  const render = () => {
    const s = store.getState().settings;
    panel.replaceChildren();
    const title = h('h2', { id: 'settings-title' }, t('settings:title'));
    const lang = h('fieldset', {}, h('legend', {}, t('settings:language')));
    for (const [value, name] of [
      ['vi', 'Tiếng Việt'],
      ['en', 'English'],
    ] as const) {
      const input = h('input', { type: 'radio', name: 'lang', value, checked: s.language === value });
      input.addEventListener('change', () => store.getState().updateSettings({ language: value }));
      lang.append(h('label', { class: 'choice', lang: value }, input, name));
    }
    const sound = h('fieldset', {}, h('legend', {}, t('settings:sound')));
    const mute = h('input', { type: 'checkbox', checked: s.muted });
    mute.addEventListener('change', () => store.getState().updateSettings({ muted: mute.checked }));
    const volume = h('input', {
      type: 'range',
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(s.volume * 100),
      'aria-valuetext': `${Math.round(s.volume * 100)} %`,
    });
    volume.addEventListener('input', () => {
      volume.setAttribute('aria-valuetext', `${volume.value} %`);
      store.getState().updateSettings({ volume: Number(volume.value) / 100 });
    });
    sound.append(h('label', { class: 'choice' }, mute, t('settings:mute')), h('label', { class: 'range' }, h('span', {}, t('settings:volume')), volume));
    const time = h('fieldset', {}, h('legend', {}, t('settings:answerTime')));
    for (const choice of ANSWER_TIME_CHOICES) {
      const value = answerTimeValue(choice);
      const input = h('input', { type: 'radio', name: 'answer-time', value, checked: s.answerTime === choice });
      input.addEventListener('change', () => store.getState().updateSettings({ answerTime: choice }));
      time.append(h('label', { class: 'choice' }, input, choice === null ? t('settings:timeOff') : `× ${formatNumber(choice, i18n.language)}`));
    }
    const drill = store.getState().drill;
    if (drill && drill.view.status !== 'ended') time.append(h('p', { class: 'note' }, t('settings:timeNextDrill')));
    const display = h('fieldset', {}, h('legend', {}, t('settings:display')));
    const contrast = h('input', { type: 'checkbox', checked: s.highContrast });
    contrast.addEventListener('change', () => store.getState().updateSettings({ highContrast: contrast.checked }));
    const motion = h('input', { type: 'checkbox', checked: s.reducedMotion });
    motion.addEventListener('change', () => store.getState().updateSettings({ reducedMotion: motion.checked }));
    display.append(h('label', { class: 'choice' }, contrast, t('settings:highContrast')), h('label', { class: 'choice' }, motion, t('settings:reducedMotion')));
    const keys = h('p', { class: 'note' }, t('settings:keys'));
    const close = h('button', { type: 'button', class: 'btn btn-primary' }, t('settings:close'));
    close.addEventListener('click', () => api.close());
    panel.append(title, lang, sound, time, display, keys, h('div', { class: 'dialog-actions' }, close));
  };

  trapFocus(panel);
  // Esc through the command table: it closes the dialog wherever the focus is (even after a click
  // on the dialog's empty space or the backdrop).
  commands.register('settings', { 'settings.close': () => api.close() });
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) api.close();
  });
  store.subscribe((state, prev) => {
    if (state.settingsOpen !== prev.settingsOpen) {
      dialog.hidden = !state.settingsOpen;
      if (state.settingsOpen) {
        returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        render();
        panel.querySelector<HTMLInputElement>('input:checked, input')?.focus();
      } else {
        // Hidden controls keep focus until the next rendering update: hand it back now.
        if (panel.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
        if (returnFocus && returnFocus !== document.body && returnFocus.isConnected) returnFocus.focus();
      }
    } else if (state.settingsOpen && state.settings.language !== prev.settings.language) {
      // Re-render in the new language, keeping focus on the language choice.
      render();
      panel.querySelector<HTMLInputElement>(`input[name="lang"][value="${state.settings.language}"]`)?.focus();
    }
  });

  const api: SettingsPanel = {
    open: () => store.getState().setSettingsOpen(true),
    close: () => store.getState().setSettingsOpen(false),
    get isOpen() {
      return store.getState().settingsOpen;
    },
    relabel: () => {
      if (store.getState().settingsOpen) render();
    },
  };
  return api;
}
