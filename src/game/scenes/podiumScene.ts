// What every Podium scene shares: it is built from the store and the viewport, rebuilt whole when
// the viewport, the language or the theme changes (rare events), and updated in place by `onState`
// for everything else. Commands (keys and buttons) run through the command table (ctx.commands);
// the keys no command takes arrive through `handleKey` to move the focus. While a DOM overlay is
// open the scene takes no pointer input and is paused (except under the replay bar); it catches up
// with the store when it resumes.
import * as Phaser from 'phaser';
import type { AppState, ScreenKey } from '../../state/store.ts';
import type { AppContext } from '../appContext.ts';
import { viewportOf, type Rect, type Viewport } from '../layout.ts';
import { paletteFor, type Palette } from '../theme.ts';

export abstract class PodiumScene extends Phaser.Scene {
  protected vp: Viewport = viewportOf(1920, 1080);
  protected pal: Palette = paletteFor(false);
  private cleanups: (() => void)[] = [];
  /** The state `onState` last saw (the store moves on while the scene is paused). */
  private seen: AppState | null = null;

  constructor(
    readonly screenKey: ScreenKey,
    protected readonly ctx: AppContext,
  ) {
    super({ key: screenKey });
  }

  create(): void {
    this.cleanups = [];
    this.rebuild();
    const unsubscribe = this.ctx.store.subscribe((state, prev) => {
      const paused = this.sys.isPaused();
      if (!this.sys.isActive() && !paused) return;
      // Under a dialog too: what shows behind the settings follows them at once.
      if (state.settings.language !== prev.settings.language || state.settings.highContrast !== prev.settings.highContrast) this.rebuild();
      else if (!paused) this.deliver(state);
    });
    const onResize = () => this.rebuild();
    this.scale.on('resize', onResize);
    const onResume = () => this.deliver(this.ctx.store.getState());
    this.events.on('resume', onResume);
    const unsubscribeOverlays = this.ctx.overlayStack.subscribe(() => this.followOverlays());
    // After create() the scene manager marks the scene running: only then can it be paused.
    this.events.once('create', () => this.followOverlays());
    this.cleanups.push(
      unsubscribe,
      unsubscribeOverlays,
      () => this.scale.off('resize', onResize),
      () => this.events.off('resume', onResume),
    );
    this.events.once('shutdown', () => {
      for (const fn of this.cleanups) fn();
      this.cleanups = [];
      this.teardown();
    });
    if (!this.reducedMotion) {
      // A finished fade still costs a full-screen pass every frame (WebGL): clear it once done.
      this.cameras.main.once('camerafadeincomplete', () => this.cameras.main.resetFX());
      this.cameras.main.fadeIn(220, 0, 0, 0);
    }
    document.body.dataset.screen = this.screenKey;
  }

  /** Registers something to undo when the scene stops. */
  protected onShutdown(fn: () => void): void {
    this.cleanups.push(fn);
  }

  protected rebuild(): void {
    // Timers and tweens of the old objects (pop-ups fading out) must not outlive them.
    this.time.removeAllEvents();
    this.tweens.killAll();
    this.children.removeAll(true);
    const { width, height } = this.scale;
    this.cameras.main.setSize(width, height);
    this.vp = viewportOf(width, height);
    this.pal = paletteFor(this.ctx.store.getState().settings.highContrast);
    this.cameras.main.setBackgroundColor(this.pal.bg);
    this.build();
    this.seen = this.ctx.store.getState();
    this.onState(this.seen, null);
  }

  private deliver(state: AppState): void {
    const prev = this.seen;
    this.seen = state;
    if (state !== prev) this.onState(state, prev);
  }

  /** No pointer input under an overlay; paused too, unless the overlay plays this screen (replay). */
  private followOverlays(): void {
    const stack = this.ctx.overlayStack;
    this.input.enabled = stack.top() === null;
    if (!stack.screenRuns()) {
      if (this.sys.isActive()) {
        // A paused scene's camera stops too: a fade-in just begun (a reload onto a paused drill)
        // would leave the room black under the overlay until it is closed. Show it as it is.
        this.cameras.main.resetFX();
        this.scene.pause();
      }
    } else if (this.sys.isPaused()) this.scene.resume();
  }

  /** Creates every display object for the current viewport, palette and language. */
  protected abstract build(): void;

  /** Updates what changed; `prev` is null right after a build. */
  protected onState(_state: AppState, _prev: AppState | null): void {}

  protected teardown(): void {}

  /** Returns true when the key was used (the listener then prevents its default). */
  handleKey(_e: KeyboardEvent): boolean {
    return false;
  }

  protected t(key: string, options?: Record<string, unknown>): string {
    return this.ctx.i18n.t(key, options);
  }

  protected get lang(): string {
    return this.ctx.store.getState().settings.language;
  }

  /** The press room's language button: the same command as the L key. */
  protected toggleLanguage(): void {
    this.ctx.commands.run('app.language');
  }

  protected get reducedMotion(): boolean {
    return this.ctx.store.getState().settings.reducedMotion;
  }

  /** Canvas pixels → CSS pixels in the page, for DOM overlays placed over the canvas. */
  protected cssRect(r: Rect): Rect {
    const canvas = this.game.canvas;
    const bounds = canvas.getBoundingClientRect();
    const k = canvas.width > 0 ? bounds.width / canvas.width : 1;
    return { x: bounds.left + r.x * k, y: bounds.top + r.y * k, w: r.w * k, h: r.h * k };
  }

  /**
   * Where this scene's controls are (everything that takes a click: buttons, choices, a feed card's
   * "read it all"), in CSS pixels, for DOM overlays that must not cover one (the toasts).
   */
  controlRects(): Rect[] {
    return this.rectsWhere((o) => o.input?.enabled === true);
  }

  /**
   * Where this scene's visible texts are (CSS pixels), for DOM overlays that must leave them
   * readable; a text that moves (the ticker) names the area it moves through (data `readableArea`).
   */
  textRects(): Rect[] {
    return this.rectsWhere(
      (o) => {
        const t = o as Partial<Phaser.GameObjects.Text>;
        return o.type === 'Text' && typeof t.text === 'string' && t.text.trim() !== '' && (t.alpha ?? 1) > 0;
      },
      (o) => (o.getData('readableArea') as Rect | undefined) ?? null,
    );
  }

  private rectsWhere(pick: (o: Phaser.GameObjects.GameObject) => boolean, area: (o: Phaser.GameObjects.GameObject) => Rect | null = () => null): Rect[] {
    const canvas = { x: 0, y: 0, w: this.scale.width, h: this.scale.height };
    const rects: Rect[] = [];
    const walk = (objects: readonly Phaser.GameObjects.GameObject[]) => {
      for (const o of objects) {
        const shown = o as Partial<Phaser.GameObjects.Components.Visible> & { list?: Phaser.GameObjects.GameObject[] };
        if (shown.visible === false) continue;
        if (shown.list) walk(shown.list);
        const bounded = o as Partial<Phaser.GameObjects.Components.GetBounds>;
        if (!pick(o) || !bounded.getBounds) continue;
        const fixed = area(o);
        const b = fixed
          ? { x: fixed.x, y: fixed.y, width: fixed.w, height: fixed.h, right: fixed.x + fixed.w, bottom: fixed.y + fixed.h }
          : bounded.getBounds();
        // Off the canvas: below the scrolled question's window (a second camera shows it there).
        if (b.right <= canvas.x || b.bottom <= canvas.y || b.x >= canvas.w || b.y >= canvas.h) continue;
        rects.push(this.cssRect({ x: b.x, y: b.y, w: b.width, h: b.height }));
      }
    };
    walk(this.children.list);
    return rects;
  }

  /** Scaled design pixels (1 at 1920×1080). */
  protected px(n: number): number {
    return Math.round(n * this.vp.u);
  }
}
