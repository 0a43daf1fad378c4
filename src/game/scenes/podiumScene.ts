// What every Podium scene shares: it is built from the store and the viewport, rebuilt whole when
// the viewport, the language or the theme changes (rare events), and updated in place by `onState`
// for everything else. Keys arrive through `handleKey` from the one global keyboard listener.
import * as Phaser from 'phaser';
import type { AppState, ScreenKey } from '../../state/store.ts';
import type { AppContext } from '../appContext.ts';
import { viewportOf, type Rect, type Viewport } from '../layout.ts';
import { paletteFor, type Palette } from '../theme.ts';

export abstract class PodiumScene extends Phaser.Scene {
  protected vp: Viewport = viewportOf(1920, 1080);
  protected pal: Palette = paletteFor(false);
  private cleanups: (() => void)[] = [];

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
      if (!this.sys.isActive()) return;
      if (state.settings.language !== prev.settings.language || state.settings.highContrast !== prev.settings.highContrast) this.rebuild();
      else this.onState(state, prev);
    });
    const onResize = () => this.rebuild();
    this.scale.on('resize', onResize);
    this.cleanups.push(unsubscribe, () => this.scale.off('resize', onResize));
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
    this.onState(this.ctx.store.getState(), null);
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

  /** The L key and the press room's language button: switch to the other interface language. */
  protected toggleLanguage(): void {
    this.ctx.store.getState().updateSettings({ language: this.lang === 'vi' ? 'en' : 'vi' });
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

  /** Scaled design pixels (1 at 1920×1080). */
  protected px(n: number): number {
    return Math.round(n * this.vp.u);
  }
}
