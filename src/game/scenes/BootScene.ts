// Boot: the first frames, in the hall's colour, while the fonts and the scenarios finish arriving
// (createGame moves on to the menu as soon as they are in). Only when they take longer than a
// moment does the Preloader show its progress bar: a bar flashing for a few frames says nothing.
import { PodiumScene } from './podiumScene.ts';

/** How long the fonts and scenarios may take before the Preloader shows, ms. */
const PRELOADER_DELAY_MS = 300;

export class BootScene extends PodiumScene {
  protected build(): void {}

  override create(): void {
    super.create();
    this.time.delayedCall(PRELOADER_DELAY_MS, () => {
      if (this.ctx.store.getState().screen === 'Boot') this.ctx.store.getState().goTo('Preloader');
    });
  }
}
