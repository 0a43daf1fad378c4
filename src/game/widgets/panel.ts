// Rounded panels with a soft drop shadow and a hairline border: the card look every screen shares.
import type * as Phaser from 'phaser';
import type { Rect } from '../layout.ts';
import type { Palette } from '../theme.ts';

export interface PanelStyle {
  fill?: number;
  fillAlpha?: number;
  border?: number;
  borderAlpha?: number;
  borderWidth?: number;
  radius?: number;
  shadow?: boolean;
}

function drawPanel(g: Phaser.GameObjects.Graphics, r: Rect, pal: Palette, u: number, style: PanelStyle = {}): void {
  const radius = style.radius ?? Math.round(14 * u);
  if (style.shadow !== false && pal.name !== 'high-contrast') {
    g.fillStyle(0x000000, 0.28);
    g.fillRoundedRect(r.x + 3 * u, r.y + 6 * u, r.w, r.h, radius);
  }
  g.fillStyle(style.fill ?? pal.panel, style.fillAlpha ?? 0.96);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, radius);
  const bw = style.borderWidth ?? Math.max(1, Math.round((pal.name === 'high-contrast' ? 2 : 1) * u));
  g.lineStyle(bw, style.border ?? pal.line, style.borderAlpha ?? 1);
  g.strokeRoundedRect(r.x, r.y, r.w, r.h, radius);
}

export function addPanel(scene: Phaser.Scene, r: Rect, pal: Palette, u: number, style: PanelStyle = {}): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  drawPanel(g, r, pal, u, style);
  return g;
}
