// The web bench's baseline: the least a Phaser game needs to show a menu and take a key (same
// Phaser, same renderer choice and scaling as the app), so the app's start-up is measured
// against Phaser's own cost rather than an absolute number.
import * as Phaser from 'phaser';

const rendererParam = new URLSearchParams(location.search).get('renderer');
const type = rendererParam === 'canvas' ? Phaser.CANVAS : rendererParam === 'webgl' ? Phaser.WEBGL : Phaser.AUTO;

class BareMenu extends Phaser.Scene {
  constructor() {
    super('Menu');
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, width * 0.5, height * 0.6, 0x1d2738);
    this.add.text(width / 2, height * 0.3, 'Menu', { fontFamily: 'sans-serif', fontSize: '48px', color: '#f3efe6' }).setOrigin(0.5);
    const choice = this.add.text(width / 2, height * 0.5, '> 1', { fontFamily: 'sans-serif', fontSize: '32px', color: '#f3efe6' }).setOrigin(0.5);
    let selected = 1;
    this.input.keyboard?.on('keydown', () => {
      selected += 1;
      choice.setText(`> ${selected}`);
      (window as unknown as { __bareKeys: number }).__bareKeys = selected - 1;
    });
    document.body.dataset.screen = 'Menu';
  }
}

const game = new Phaser.Game({
  type,
  parent: document.body,
  backgroundColor: '#10151f',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BareMenu],
});
(window as unknown as { __bareGame: Phaser.Game }).__bareGame = game;
