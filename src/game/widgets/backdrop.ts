// The hall behind every screen: a deep vertical gradient with a soft stage light, drawn with plain
// rectangles and ellipses so the Canvas and WebGL renderers show the same thing.
import type * as Phaser from 'phaser';
import type { Viewport } from '../layout.ts';
import { mix, type Palette } from '../theme.ts';

/** The hall as one image: baked once per size and palette, since dozens of full-screen layers
 *  redrawn every frame would cost far more than one textured quad (software WebGL above all). */
export function drawHall(scene: Phaser.Scene, vp: Viewport, pal: Palette, light = { x: 0.5, y: 0.0 }): Phaser.GameObjects.Image {
  const key = `hall:${pal.name}:${vp.width}x${vp.height}:${light.x}:${light.y}`;
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    paintHall(g, vp, pal, light);
    g.generateTexture(key, vp.width, vp.height);
    g.destroy();
  }
  return scene.add.image(0, 0, key).setOrigin(0, 0);
}

function paintHall(g: Phaser.GameObjects.Graphics, vp: Viewport, pal: Palette, light: { x: number; y: number }): void {
  const bands = 32;
  const top = mix(pal.bg, pal.backdrop, pal.name === 'high-contrast' ? 0 : 0.28);
  for (let i = 0; i < bands; i++) {
    const y0 = Math.floor((vp.height * i) / bands);
    const y1 = Math.floor((vp.height * (i + 1)) / bands);
    g.fillStyle(mix(top, pal.bgDeep, i / (bands - 1)), 1);
    g.fillRect(0, y0, vp.width, y1 - y0 + 1);
  }
  if (pal.name !== 'high-contrast') {
    const cx = vp.width * light.x;
    const cy = vp.height * light.y;
    // Many faint layers read as a soft glow rather than rings.
    const layers = 18;
    for (let i = layers; i >= 1; i--) {
      g.fillStyle(pal.backdropText, 0.0045);
      g.fillEllipse(cx, cy, vp.width * 0.055 * i, vp.height * 0.075 * i);
    }
  }
}

/** A lectern with a microphone, `s` tall, its top-left at (x, y). */
export function drawPodiumGlyph(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, color: number): void {
  g.fillStyle(color, 1);
  g.beginPath();
  g.moveTo(x + s * 0.1, y + s * 0.45);
  g.lineTo(x + s * 0.9, y + s * 0.45);
  g.lineTo(x + s * 0.78, y + s * 1.1);
  g.lineTo(x + s * 0.22, y + s * 1.1);
  g.closePath();
  g.fillPath();
  g.fillRect(x + s * 0.05, y + s * 0.36, s * 0.9, s * 0.12);
  g.lineStyle(Math.max(2, s * 0.07), color, 1);
  g.lineBetween(x + s * 0.5, y + s * 0.36, x + s * 0.62, y + s * 0.05);
  g.fillCircle(x + s * 0.64, y + s * 0.02, s * 0.09);
}

/** The wordmark: a small podium glyph and PODIUM in gold. Returns its bottom edge. */
export function drawBrand(
  scene: Phaser.Scene,
  x: number,
  y: number,
  size: number,
  pal: Palette,
  tagline: string | null,
  textStyleFn: (size: number, o: object) => Phaser.Types.GameObjects.Text.TextStyle,
): number {
  const s = size;
  drawPodiumGlyph(scene.add.graphics(), x, y, s, pal.accent);
  const word = scene.add
    .text(x + s * 1.25, y + s * 0.55, 'PODIUM', textStyleFn(s * 0.95, { weight: 700, color: pal.accent, letterSpacing: Math.round(s * 0.12) }))
    .setOrigin(0, 0.5);
  let bottom = y + s * 1.15;
  if (tagline) {
    const tag = scene.add.text(word.x + word.width + s * 0.5, y + s * 0.58, tagline, textStyleFn(s * 0.42, { color: pal.textDim })).setOrigin(0, 0.5);
    bottom = Math.max(bottom, tag.y + tag.height / 2);
  }
  return bottom;
}
