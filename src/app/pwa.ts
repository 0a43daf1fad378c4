// The installed app (PWA): registers the service worker that keeps every file of a drill for
// offline use, says once when the app is ready to work without a network, and offers a new
// version without forcing it: never in the middle of a briefing or a press conference (the
// offer waits for the menu or the debrief), and only when the facilitator says "update".
import type { i18n as I18n } from 'i18next';
import { registerSW } from 'virtual:pwa-register';
import type { AppStore } from '../state/store.ts';
import { h } from '../ui/dom.ts';
import './pwa.css';

const BUSY_SCREENS = new Set(['Briefing', 'PressRoom']);

export function installOfflineApp(store: AppStore, i18n: I18n): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let waiting = false;
  let banner: HTMLElement | null = null;

  const hide = () => {
    banner?.remove();
    banner = null;
  };
  const offer = () => {
    if (!waiting || BUSY_SCREENS.has(store.getState().screen)) return hide();
    if (banner) return;
    const now = h('button', { type: 'button', class: 'pd-button' }, i18n.t('app:update.now'));
    const later = h('button', { type: 'button', class: 'pd-button' }, i18n.t('app:update.later'));
    banner = h('div', { class: 'pd-update', role: 'status' }, h('span', {}, i18n.t('app:update.ready')), now, later);
    now.addEventListener('click', () => {
      now.disabled = true;
      // A page the old worker does not control (opened on the very first visit) gets no
      // "controlling" event to reload on: reload it once the new version is active.
      if (!navigator.serviceWorker.controller) void reloadWhenActive();
      void updateSW(true);
    });
    later.addEventListener('click', () => {
      waiting = false;
      hide();
    });
    // On the body, above every overlay (the debrief and history reports cover the #ui layer).
    document.body.append(banner);
  };

  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      offer();
    },
    onOfflineReady() {
      document.documentElement.dataset.offlineReady = 'true';
      store.getState().pushToast('info', i18n.t('app:offlineReady'));
    },
  });
  store.subscribe((state, previous) => {
    if (state.screen !== previous.screen) offer();
  });
}

async function reloadWhenActive(): Promise<void> {
  const next = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!next) return window.location.reload();
  next.addEventListener('statechange', () => {
    if (next.state === 'activated') window.location.reload();
  });
}
