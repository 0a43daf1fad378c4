// The Phaser game: sized in device pixels (crisp from 1280×720 to 3840×2160 and on HiDPI laptops)
// with the CSS size of the window, the renderer picked by ?renderer=, and the scenes in flow order.
import * as Phaser from 'phaser';
import type { AppContext } from './appContext.ts';
import { pickRenderer } from './rendererChoice.ts';
import { canvasSize } from './canvasSize.ts';
import { routeScreens } from './router.ts';
import { BootScene } from './scenes/BootScene.ts';
import { BriefingScene } from './scenes/BriefingScene.ts';
import { DebriefScene } from './scenes/DebriefScene.ts';
import { MenuScene } from './scenes/MenuScene.ts';
import { PreloaderScene } from './scenes/PreloaderScene.ts';
import { PressRoomScene } from './scenes/PressRoomScene.ts';
import { resetTextMetrics } from './textStyle.ts';

export function createGame(ctx: AppContext, parent: HTMLElement): Phaser.Game {
  const size = canvasSize(parent.clientWidth || window.innerWidth, parent.clientHeight || window.innerHeight, window.devicePixelRatio);
  const type = pickRenderer(ctx.url.renderer) === 'canvas' ? Phaser.CANVAS : Phaser.WEBGL;
  const scenes = [
    new BootScene('Boot', ctx),
    new PreloaderScene('Preloader', ctx),
    new MenuScene('Menu', ctx),
    new BriefingScene('Briefing', ctx),
    new PressRoomScene('PressRoom', ctx),
    new DebriefScene('Debrief', ctx),
  ];
  const game = new Phaser.Game({
    type,
    parent,
    backgroundColor: '#070d17',
    banner: false,
    disableContextMenu: true,
    // No window-level pointer events: a click on a DOM overlay (the report, a dialog) must never
    // reach the button drawn underneath it (Phaser hit-tests window mouseups at their position).
    input: { keyboard: false, gamepad: false, windowEvents: false },
    audio: { noAudio: true },
    // No MSAA on the WebGL context: shapes are few and large, text is drawn at 1:1, and multisampling
    // multiplies the fill cost (badly so on software WebGL). Textures still filter smoothly.
    render: { antialias: true, antialiasGL: false, powerPreference: 'high-performance' },
    scale: { mode: Phaser.Scale.NONE, width: size.width, height: size.height, zoom: 1 / size.ratio, autoRound: false },
    scene: [],
  });
  for (const scene of scenes) game.scene.add(scene.screenKey, scene, false);

  // The fonts and the scenarios are preloaded by index.html and are usually in by the time Phaser
  // is ready: then the menu follows Boot at once. Until then Boot shows the hall's colour (and, if
  // they are slow, the Preloader its bar). Metrics measured before the font was in are dropped.
  const ready = new Promise<void>((done) => game.events.once(Phaser.Core.Events.READY, () => done()));
  void Promise.all([ctx.preload(), ready]).then(() => {
    resetTextMetrics();
    ctx.onPreloaded();
  });

  let timer: ReturnType<typeof setTimeout> | null = null;
  const onResize = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const next = canvasSize(parent.clientWidth || window.innerWidth, parent.clientHeight || window.innerHeight, window.devicePixelRatio);
      if (next.width === game.scale.width && next.height === game.scale.height) return;
      // Set the zoom and the CSS size first, then resize once: setZoom() would emit a resize at
      // the old size, and resize() leaves a stale CSS size in place when the zoom is 1.
      game.scale.zoom = 1 / next.ratio;
      game.canvas.style.width = `${Math.round(next.width / next.ratio)}px`;
      game.canvas.style.height = `${Math.round(next.height / next.ratio)}px`;
      game.scale.resize(next.width, next.height);
    }, 120);
  };
  window.addEventListener('resize', onResize);
  game.events.once(Phaser.Core.Events.READY, () => {
    routeScreens(game, ctx.store);
  });
  return game;
}
