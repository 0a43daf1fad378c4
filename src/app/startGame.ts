// The screens from the first one on: keys are listened to at once; the menu and the briefing are
// DOM screens, shown as soon as the fonts and the scenarios are in; Phaser (the press room, the
// debrief) loads meanwhile, after the menu's first frame, so the trainee reads and chooses while
// it starts. The briefing's Ready waits for it. Once Phaser is ready, `window.__podium` is set
// (docs/frontend.md), an unfinished drill is brought back and `podium:ready` fires.
import type * as Phaser from 'phaser';
import type { DeferredSoundBank } from '../game/deferredSound.ts';
import type { MenuAction, Overlays } from '../game/appContext.ts';
import { setCanvasControls, setCanvasTexts } from './canvasControls.ts';
import { listenKeys } from './keyboard.ts';
import type { PodiumScene } from '../game/scenes/podiumScene.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { DrillController } from '../state/drillController.ts';
import type { AppStore } from '../state/store.ts';
import type { UrlOptions } from '../state/urlOptions.ts';
import { createBriefingScreen } from '../ui/briefing/briefingScreen.ts';
import { createMenuScreen } from '../ui/menu/menuScreen.ts';
import { createLoadingScreen } from '../ui/screen/loadingScreen.ts';
import type { Commands } from './commands.ts';
import type { Reports } from './installReports.ts';
import type { LiveHost } from './live/liveHost.ts';
import type { OverlayStack } from './overlayStack.ts';

export interface GameStart {
  store: AppStore;
  controller: DrillController;
  i18n: I18n;
  sound: DeferredSoundBank;
  url: UrlOptions;
  commands: Commands;
  overlayStack: OverlayStack;
  overlays: Overlays;
  menuActions: MenuAction[];
  debriefActions: MenuAction[];
  reports: Reports;
  live: LiveHost;
  /** The fonts and the scenarios: the menu waits for them, and Phaser starts after them. */
  assetsLoaded: Promise<unknown>;
}

export function startScreensAndGame(s: GameStart): void {
  const { store, controller, i18n, commands, overlayStack, menuActions, debriefActions } = s;
  // Installed now, not when Phaser is ready: the keys work from the first screen on.
  let phaserGame: Phaser.Game | null = null;
  const activeScene = () => {
    const scene = phaserGame?.scene.getScene(store.getState().screen) as PodiumScene | null | undefined;
    return scene?.sys.isActive() ? scene : null;
  };
  listenKeys(commands, overlayStack, activeScene);
  setCanvasControls(() => activeScene()?.controlRects() ?? []);
  // A paused scene (an overlay over it, a paused live drill) is still on the wall: its texts count.
  setCanvasTexts(() => {
    const scene = phaserGame?.scene.getScene(store.getState().screen) as PodiumScene | null | undefined;
    return scene && (scene.sys.isActive() || scene.sys.isPaused()) ? scene.textRects() : [];
  });

  let gameIsReady: () => void = () => {};
  const gameReady = new Promise<void>((done) => (gameIsReady = done));
  createLoadingScreen(store, i18n);
  createMenuScreen({ store, i18n, commands, menuActions: () => menuActions });
  createBriefingScreen({ store, i18n, controller, commands, pressRoomReady: () => gameReady });

  const startGame = async () => {
    const { createGame } = await import('../game/createGame.ts');
    const game = createGame(
      {
        store,
        controller,
        i18n,
        sound: s.sound,
        url: s.url,
        overlays: s.overlays,
        commands,
        overlayStack,
        preload: () => s.assetsLoaded,
        onPreloaded: () => {
          // The hook is there once the game is: tests and tools that wait for it can drive a drill.
          window.__podium = { store, controller, i18n, game, sound: s.sound, menuActions, debriefActions, reports: s.reports, commands, live: s.live };
          gameIsReady();
          void s.reports.resume();
          // The start-up is over: the after-drill views' chunk comes now, before any report is asked for.
          s.reports.preloadViews();
          window.dispatchEvent(new CustomEvent('podium:ready'));
        },
        menuActions: () => menuActions,
        debriefActions: () => debriefActions,
      },
      document.getElementById('game')!,
    );
    phaserGame = game;
  };
  void s.assetsLoaded.then(() => {
    const { screen } = store.getState();
    if (screen === 'Boot' || screen === 'Preloader') store.getState().goTo('Menu');
    requestAnimationFrame(() => setTimeout(() => void startGame(), 0));
  });
}

declare global {
  interface Window {
    /** Testing and debugging hook (docs/frontend.md). */
    __podium?: {
      store: AppStore;
      controller: DrillController;
      i18n: I18n;
      game: Phaser.Game;
      sound: DeferredSoundBank;
      /** Push a MenuAction here before the menu is shown to add a button (e.g. History). */
      menuActions: MenuAction[];
      /** Push a MenuAction here to add a button to the debrief (e.g. the full report). */
      debriefActions: MenuAction[];
      reports: Reports;
      /** The command table's dispatcher: run('drill.pause'), layer()… (src/app/commands.ts). */
      commands: Commands;
      /** The live drill's projector side (src/app/live/liveHost.ts): state, stage slots, latencies. */
      live: LiveHost;
    };
  }
}
