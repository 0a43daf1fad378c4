// The briefing is a DOM screen (src/ui/briefing/briefingScreen.ts); this scene only keeps the
// router's rule of one scene per screen, drawing the hall's plain colour underneath.
import { PodiumScene } from './podiumScene.ts';

export class BriefingScene extends PodiumScene {
  protected build(): void {}
}
