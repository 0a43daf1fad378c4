// The menu is a DOM screen (src/ui/menu/menuScreen.ts), shown before Phaser has loaded; this scene
// only keeps the router's rule of one scene per screen, drawing the hall's plain colour underneath.
import { PodiumScene } from './podiumScene.ts';

export class MenuScene extends PodiumScene {
  protected build(): void {}
}
