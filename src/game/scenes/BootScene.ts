// Boot: the first frame, in the hall's colour, before anything is loaded.
import { PodiumScene } from './podiumScene.ts';

export class BootScene extends PodiumScene {
  protected build(): void {}

  override create(): void {
    super.create();
    this.ctx.store.getState().goTo('Preloader');
  }
}
