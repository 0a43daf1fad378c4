// Start-up: settings from localStorage (and ?lang=), the store, i18n, the drill controller, the DOM
// overlays, the sound bank (lazily) and the Phaser game; then `window.__podium` for tests and
// debugging (documented in docs/frontend.md).
// First: it configures zod before any schema runs (the Content-Security-Policy forbids eval).
import './zodWithoutEval.ts';
import { loadScenarios } from 'virtual:scenarios';
import type * as Phaser from 'phaser';
import { installAppCommands } from './app/appCommands.ts';
import { installLiveHost } from './app/live/liveHost.ts';
import { isLiveProjector } from './app/live/projectorPrivacy.ts';
import { createCommands } from './app/commands.ts';
import { createOverlayStack, inertUnderOverlays, screenLayer } from './app/overlayStack.ts';
import type { MenuAction } from './game/appContext.ts';
import { deferredSoundBank, loadSoundBank } from './game/deferredSound.ts';
import { loadFonts } from './game/fonts.ts';
import { listenKeys } from './game/keyboard.ts';
import type { PodiumScene } from './game/scenes/podiumScene.ts';
import { directSound } from './game/soundCues.ts';
import { applyCssTheme, paletteFor } from './game/theme.ts';
import { createI18n } from './i18n/i18n.ts';
import { createDrillController } from './state/drillController.ts';
import type { ScenarioEntry } from './state/scenarioEntry.ts';
import { defaultSettings, loadSettings, saveSettings, type KeyValueStorage } from './state/settings.ts';
import { createAppStore } from './state/store.ts';
import { parseUrlOptions } from './state/urlOptions.ts';
import { createAnswerBox } from './ui/answerBox.ts';
import { createLiveRegion } from './ui/liveRegion.ts';
import { createBriefingScreen } from './ui/briefing/briefingScreen.ts';
import { createMenuScreen } from './ui/menu/menuScreen.ts';
import { createLoadingScreen } from './ui/screen/loadingScreen.ts';
import { createPostReader } from './ui/postReader.ts';
import { createPausedOverlay } from './ui/pausedOverlay.ts';
import { createSettingsPanel } from './ui/settingsPanel.ts';
import { createToasts } from './ui/toasts.ts';
import { installOfflineApp } from './app/pwa.ts';
import { installRoom } from './app/room/installRoom.ts';
import type { RoomLink } from './app/room/roomLink.ts';
import { installReports } from './ui/debrief/installReports.ts';
import './ui/styles.css';

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const url = parseUrlOptions(location.search);
const storage = browserStorage();
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
applyLanguage(settings.language);
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

const controller = createDrillController({ store, nowMs: () => performance.now(), timescale: url.timescale, shuffle: url.shuffle, holdAtEnd: isLiveProjector });
document.addEventListener('visibilitychange', () => controller.setHidden(document.hidden));

const sound = deferredSoundBank();
void loadSoundBank().then((bank) => sound.attach(bank));
const unlock = () => {
  sound.unlock();
  window.removeEventListener('pointerdown', unlock, true);
  window.removeEventListener('keydown', unlock, true);
};
window.addEventListener('pointerdown', unlock, true);
window.addEventListener('keydown', unlock, true);
directSound(store, sound);

// Input: which overlay is on top, and the one table of commands every key and button runs through.
const overlayStack = createOverlayStack();
const commands = createCommands(() => overlayStack.top() ?? screenLayer(store.getState().screen));
store.subscribe((state, prev) => {
  if (state.settingsOpen !== prev.settingsOpen) overlayStack.setOpen('settings', state.settingsOpen);
});
// Under an open overlay the DOM screens and the canvas take no focus and no clicks.
inertUnderOverlays(overlayStack, () => [document.getElementById('screen'), document.getElementById('game')]);

const uiRoot = document.getElementById('ui')!;
const answerBox = createAnswerBox({
  root: uiRoot,
  i18n,
  onSubmit: (text) => controller.answerText(text),
  onUnsent: (text) => store.getState().pushToast('info', i18n.t('pressRoom:answerBox.unsent', { text }), { sticky: true }),
});
const settingsPanel = createSettingsPanel(uiRoot, store, i18n, commands);
const paused = createPausedOverlay(uiRoot, store, i18n, commands, overlayStack);
const postReader = createPostReader(uiRoot, () => ({ title: i18n.t('pressRoom:readPost'), close: i18n.t('pressRoom:closePost') }));
createToasts(uiRoot, store);
installOfflineApp(store, i18n, uiRoot);
// Served by the room server (npm run room): phones join, vote and are measured (docs/room.md).
const roomLink = installRoom(store, i18n, uiRoot, commands, () => !overlayStack.isOpen('replay'));
createLiveRegion(uiRoot, store, i18n);
store.subscribe((state, prev) => {
  if (state.settings.language !== prev.settings.language) {
    answerBox.relabel();
    postReader.relabel();
    paused.relabel();
  }
});

const menuActions: MenuAction[] = [];
const debriefActions: MenuAction[] = [];
// Debrief report, drill records and history, replay, resume after refresh (src/ui/debrief).
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
    return { beatId, askedAt, options: poll.options, counts, best: poll.best, traineeChoice: poll.traineeChoice, ...(stars ? { stars, skills: skills ?? {} } : {}) };
  },
});

// The scenario studio (src/studio): a chunk of its own, loaded when opened; the scenarios kept in
// its library join the menu (checked in a worker, after the menu is up).
menuActions.push({ id: 'studio', labelKey: 'menu:studio', run: () => void import('./studio/studio.ts').then((m) => m.openStudio({ store, i18n, controller })) });
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
  storage: (() => {
    try {
      return window.sessionStorage;
    } catch {
      return null;
    }
  })(),
  records: reports.records,
  enterFullscreen: () => void (document.fullscreenElement ? undefined : document.documentElement.requestFullscreen?.().catch(() => {})),
  consoleUrl: 'console.html',
});
menuActions.push({ id: 'live', labelKey: 'console:menu.open', run: () => live.openConsole() });
// Installed now, not when Phaser is ready: the keys work from the first screen on.
let phaserGame: Phaser.Game | null = null;
listenKeys(commands, overlayStack, () => {
  const scene = phaserGame?.scene.getScene(store.getState().screen) as PodiumScene | null | undefined;
  return scene && scene.sys.isActive() ? scene : null;
});

// The menu and the briefing are DOM screens, shown as soon as the fonts and the scenarios are in;
// Phaser (the press room, the debrief) loads meanwhile, after the menu's first frame, so the
// trainee reads and chooses while it starts. The briefing's Ready waits for it.
let gameIsReady: () => void = () => {};
const gameReady = new Promise<void>((done) => (gameIsReady = done));
createLoadingScreen(store, i18n);
createMenuScreen({ store, i18n, commands, menuActions: () => menuActions });
createBriefingScreen({ store, i18n, controller, commands, pressRoomReady: () => gameReady });

const startGame = async () => {
  const { createGame } = await import('./game/createGame.ts');
  const game = createGame(
    {
      store,
      controller,
      i18n,
      sound,
      url,
      overlays: {
        showAnswerBox: (config) => answerBox.show(config),
        focusAnswerBox: () => answerBox.focus(),
        showPost: (post) => postReader.show(post),
        openSettings: () => settingsPanel.open(),
      },
      commands,
      overlayStack,
      preload: () => assetsLoaded,
      onPreloaded: () => {
        // The hook is there once the game is: tests and tools that wait for it can drive a drill.
        window.__podium = { store, controller, i18n, game, sound, menuActions, debriefActions, reports, commands, live };
        gameIsReady();
        reports.resume();
        window.dispatchEvent(new CustomEvent('podium:ready'));
      },
      menuActions: () => menuActions,
      debriefActions: () => debriefActions,
    },
    document.getElementById('game')!,
  );
  phaserGame = game;
};
void assetsLoaded.then(() => {
  const { screen } = store.getState();
  if (screen === 'Boot' || screen === 'Preloader') store.getState().goTo('Menu');
  requestAnimationFrame(() => setTimeout(() => void startGame(), 0));
});

declare global {
  interface Window {
    /** Testing and debugging hook (docs/frontend.md). */
    __podium?: {
      store: typeof store;
      controller: typeof controller;
      i18n: typeof i18n;
      game: Phaser.Game;
      sound: typeof sound;
      /** Push a MenuAction here before the menu is shown to add a button (e.g. History). */
      menuActions: MenuAction[];
      /** Push a MenuAction here to add a button to the debrief (e.g. the full report). */
      debriefActions: MenuAction[];
      reports: typeof reports;
      /** The command table's dispatcher: run('drill.pause'), layer()… (src/app/commands.ts). */
      commands: typeof commands;
      /** The live drill's projector side (src/app/live/liveHost.ts): state, stage slots, latencies. */
      live: typeof live;
    };
  }
}
if (import.meta.hot) {
  // Instructors editing a scenario under `npm start` see the change (or its errors) at once.
  import.meta.hot.on('podium:scenarios', (list: ScenarioEntry[]) => store.getState().setScenarios(list));
}
