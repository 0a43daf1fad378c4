// Start-up: settings from localStorage (and ?lang=), the store, i18n, the drill controller, the DOM
// overlays, the sound bank (lazily), the reports, the live drill's host and the screens; the
// wiring itself lives in src/app (docs/architecture.md).
// First: it configures zod before any schema runs (the Content-Security-Policy forbids eval).
import './zodWithoutEval.ts';
import { loadScenarios } from 'virtual:scenarios';
import { installAppCommands } from './app/appCommands.ts';
import { localStorageOrNull, sessionStorageOrNull } from './app/browserStorage.ts';
import { createCommands } from './app/commands.ts';
import { installDomOverlays } from './app/domOverlays.ts';
import { installReports } from './app/installReports.ts';
import { installLiveHost } from './app/live/liveHost.ts';
import { isLiveProjector } from './app/live/projectorPrivacy.ts';
import { createOverlayStack, inertUnderOverlays, screenLayer } from './app/overlayStack.ts';
import type { RoomLink } from './app/room/roomLink.ts';
import { installSettingsEffects } from './app/settingsEffects.ts';
import { startSound } from './app/soundStartUp.ts';
import { startScreensAndGame } from './app/startGame.ts';
import type { MenuAction } from './game/appContext.ts';
import { loadFonts } from './game/fonts.ts';
import { createI18n } from './i18n/i18n.ts';
import { createDrillController } from './state/drillController.ts';
import type { ScenarioEntry } from './state/scenarioEntry.ts';
import { defaultSettings, loadSettings } from './state/settings.ts';
import { createAppStore } from './state/store.ts';
import { parseUrlOptions } from './state/urlOptions.ts';
import './ui/styles.css';

const url = parseUrlOptions(location.search);
const storage = localStorageOrNull();
const prefersReducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const settings = loadSettings(storage, defaultSettings(prefersReducedMotion));
if (url.lang) settings.language = url.lang;

// What the menu waits for, started before anything else: index.html preloads the bytes, and the
// fonts are decoded and the scenarios parsed while Phaser boots. When both are in by the time the
// game is ready, the menu is its first scene (createGame); otherwise the Preloader shows.
const fontsLoaded = loadFonts().then(() => document.getElementById('font-warmup')?.remove());
const store = createAppStore({ settings });
const i18n = createI18n(settings.language);
const scenariosLoaded = loadScenarios().then(
  (list) => store.getState().setScenarios(list),
  () => store.getState().pushToast('error', i18n.t('menu:scenariosFailed')),
);
const assetsLoaded = Promise.all([fontsLoaded, scenariosLoaded]);

// Language, theme and persistence first, so every later subscriber already sees them applied.
installSettingsEffects(store, i18n, storage);

const controller = createDrillController({ store, nowMs: () => performance.now(), timescale: url.timescale, shuffle: url.shuffle, holdAtEnd: isLiveProjector });
document.addEventListener('visibilitychange', () => controller.setHidden(document.hidden));

const sound = startSound(store);

// Input: which overlay is on top, and the one table of commands every key and button runs through.
const overlayStack = createOverlayStack();
const commands = createCommands(() => overlayStack.top() ?? screenLayer(store.getState().screen));
store.subscribe((state, prev) => {
  if (state.settingsOpen !== prev.settingsOpen) overlayStack.setOpen('settings', state.settingsOpen);
});
// Under an open overlay the DOM screens and the canvas take no focus and no clicks.
inertUnderOverlays(overlayStack, () => [document.getElementById('screen'), document.getElementById('game')]);

const { answerBox, settingsPanel, postReader, roomLink } = installDomOverlays({
  store,
  i18n,
  controller,
  commands,
  overlayStack,
  uiRoot: document.getElementById('ui')!,
});

const menuActions: MenuAction[] = [];
const debriefActions: MenuAction[] = [];
// Debrief report, drill records and history, replay, resume after refresh (src/app/installReports.ts).
let room: RoomLink | null = null;
void roomLink.then((link) => (room = link));
const reports = installReports({
  store,
  controller,
  i18n,
  menuActions,
  debriefActions,
  commands,
  overlayStack,
  root: document.getElementById('report')!,
  timescale: url.timescale,
  roomVotes: (scenarioId, beatId, askedAt) => {
    const poll = room?.pollFor(scenarioId, beatId, askedAt);
    if (!poll?.tally) return null;
    const { counts, stars, skills } = poll.tally;
    return {
      beatId,
      askedAt,
      options: poll.options,
      counts,
      best: poll.best,
      traineeChoice: poll.traineeChoice,
      ...(stars ? { stars, skills: skills ?? {} } : {}),
    };
  },
});

// The scenario studio (src/studio): a chunk of its own, loaded when opened; the scenarios kept in
// its library join the menu (checked in a worker, after the menu is up).
menuActions.push({
  id: 'studio',
  labelKey: 'menu:studio',
  run: () => void import('./studio/studio.ts').then((m) => m.openStudio({ store, i18n, controller })),
});
void scenariosLoaded.then(() => import('./studio/libraryMenu.ts')).then((m) => m.loadLibraryIntoStore(store));

const toggleFullscreen = () => {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
};

installAppCommands({ commands, store, controller, toggleFullscreen, openSettings: () => settingsPanel.open(), focusAnswerBox: () => answerBox.focus() });
// Live drills (issue 12): this window is the projector; the facilitator console talks to it (src/app/live).
const live = installLiveHost({
  store,
  controller,
  commands,
  i18n,
  storage: sessionStorageOrNull(),
  records: reports.records,
  enterFullscreen: () => void (document.fullscreenElement ? undefined : document.documentElement.requestFullscreen?.().catch(() => {})),
  consoleUrl: 'console.html',
});
menuActions.push({ id: 'live', labelKey: 'console:menu.open', run: () => live.openConsole() });

startScreensAndGame({
  store,
  controller,
  i18n,
  sound,
  url,
  commands,
  overlayStack,
  overlays: {
    showAnswerBox: (config) => answerBox.show(config),
    focusAnswerBox: () => answerBox.focus(),
    showPost: (post) => postReader.show(post),
    openSettings: () => settingsPanel.open(),
  },
  menuActions,
  debriefActions,
  reports,
  live,
  assetsLoaded,
});

if (import.meta.hot) {
  // Instructors editing a scenario under `npm start` see the change (or its errors) at once.
  import.meta.hot.on('podium:scenarios', (list: ScenarioEntry[]) => store.getState().setScenarios(list));
}
