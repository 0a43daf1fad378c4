// Preloader: the podium glyph and a progress bar while the bundled font and the checked scenarios
// load (Phaser measures text once, so no text is drawn before the font is ready). Shown only when
// they are slow to come (BootScene); createGame moves on to the menu once they are in.
import { loadFonts } from '../fonts.ts';
import { drawPodiumGlyph } from '../widgets/backdrop.ts';
import { PodiumScene } from './podiumScene.ts';
import type * as Phaser from 'phaser';

export class PreloaderScene extends PodiumScene {
  private progress = 0;
  private bar: Phaser.GameObjects.Graphics | null = null;

  protected build(): void {
    const { width, height, u } = this.vp;
    const g = this.add.graphics();
    // A faint stage light on the floor while the hall gets ready.
    g.fillStyle(this.pal.backdrop, 0.35);
    g.fillEllipse(width / 2, height * 0.62, width * 0.7, height * 0.22);
    // The podium glyph of the wordmark (no text yet: the font is what is loading).
    const s = Math.round(90 * u);
    drawPodiumGlyph(g, width / 2 - s / 2, height * 0.5 - s * 1.55, s, this.pal.accent);
    this.bar = this.add.graphics();
    this.drawBar();
  }

  override create(): void {
    super.create();
    void this.prepare();
  }

  private async prepare(): Promise<void> {
    let done = 0;
    const step = (total: number) => {
      this.progress = ++done / total;
      this.drawBar();
    };
    // Three font weights and the scenarios (ctx.preload() covers both; the fonts are asked again
    // here only to fill the bar as each weight arrives).
    await Promise.all([loadFonts(() => step(4)), this.ctx.preload().then(() => step(4))]);
  }

  private drawBar(): void {
    const g = this.bar;
    // The menu may already have replaced this scene when the last file arrives.
    if (!g || !this.sys.isActive()) return;
    const { width, height, u } = this.vp;
    const w = Math.round(width * 0.32);
    const h = Math.max(6, Math.round(10 * u));
    const x = Math.round((width - w) / 2);
    const y = Math.round(height * 0.5);
    g.clear();
    g.fillStyle(this.pal.panelRaised, 1);
    g.fillRoundedRect(x, y, w, h, h / 2);
    g.fillStyle(this.pal.accent, 1);
    g.fillRoundedRect(x, y, Math.max(h, w * this.progress), h, h / 2);
  }
}
