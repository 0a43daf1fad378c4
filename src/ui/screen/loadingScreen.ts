// While the fonts and the scenarios are still arriving (a slow network, a cold cache): the wordmark
// and a line saying so, shown only after a moment — a flash of it on a fast start says nothing.
// The menu takes over as soon as they are in; Phaser only loads after that.
import type { I18n } from '../../i18n/i18n.ts';
import type { AppStore } from '../../state/store.ts';
import { h } from '../dom.ts';
import { brand } from './brand.ts';
import { screenLayer } from './screenLayer.ts';

/** How long the start may take before the loading screen shows, ms. */
const LOADING_DELAY_MS = 300;

export function createLoadingScreen(store: AppStore, i18n: I18n): void {
  const root = h(
    'main',
    { class: 'ps-screen ps-loading', hidden: true, 'aria-busy': 'true' },
    brand(96, null),
    h('p', { class: 'ps-dim', role: 'status' }, i18n.t('menu:loading')),
  );
  screenLayer().append(root);
  const starting = () => {
    const screen = store.getState().screen;
    return screen === 'Boot' || screen === 'Preloader';
  };
  setTimeout(() => {
    if (starting()) root.hidden = false;
  }, LOADING_DELAY_MS);
  const unsubscribe = store.subscribe(() => {
    if (starting()) return;
    root.remove();
    unsubscribe();
  });
}
