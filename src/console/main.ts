// The facilitator console (console.html): a second window on the laptop's own screen, or the
// panel inside the projector window (?embedded=1). It shows what the room must not see and sends
// the facilitator's commands to the projector window over the live channel (consoleLink.ts);
// the drill itself runs in the projector window, so closing or reloading this page loses nothing.
import '../zodWithoutEval.ts';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import type { ConsoleView } from '../app/live/consoleView.ts';
import { createI18n } from '../i18n/i18n.ts';
import { isLanguage } from '../i18n/languages.ts';
import { mountConsole } from './consoleApp.ts';
import './roomPanel.ts';
import './console.css';

/** When this page's script began: the re-attach time is counted from here and from navigation. */
const startedAt = performance.now();
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const i18n = createI18n(isLanguage(lang) ? lang : 'vi');
const handle = mountConsole(document.body, i18n, { embedded: params.has('embedded') });

declare global {
  interface Window {
    /** Testing hook: the console's latest view from the projector, and its link. */
    __podiumConsole?: {
      view(): ConsoleView | null;
      connected(): boolean;
      lastLatencyMs(): number | null;
      attachedAfterMs(): number | null;
      startedAtMs(): number;
    };
  }
}
window.__podiumConsole = { ...handle, startedAtMs: () => startedAt };
