// Small rounded labels (the skill moves on a feedback card) laid out left to right, wrapping to new rows.
import type * as Phaser from 'phaser';
import { addText, lineWidth, textStyle } from '../textStyle.ts';
import type { Palette } from '../theme.ts';

export interface ChipSpec {
  label: string;
  color?: number;
  fill?: number;
}

function drawChip(
  scene: Phaser.Scene,
  x: number,
  y: number,
  spec: ChipSpec,
  size: number,
  maxWidth: number,
  pal: Palette,
  u: number,
): { w: number; h: number } {
  const padX = Math.round(size * 0.7);
  const padY = Math.round(size * 0.28);
  // The frame first, so it stays under the text it frames.
  const g = scene.add.graphics();
  // A label wider than the row wraps inside its chip rather than running past the card.
  const label = addText(scene, x + padX, y + padY, spec.label, textStyle(size, { weight: 600, color: spec.color ?? pal.text, wrap: maxWidth - 2 * padX }));
  const w = label.width + 2 * padX;
  const h = label.height + 2 * padY;
  const radius = Math.round(Math.min(h, 40 * u) / 2);
  g.fillStyle(spec.fill ?? pal.panelRaised, 1);
  g.fillRoundedRect(x, y, w, h, radius);
  g.lineStyle(Math.max(1, Math.round(u)), spec.color ?? pal.line, pal.name === 'high-contrast' ? 1 : 0.55);
  g.strokeRoundedRect(x, y, w, h, radius);
  return { w, h };
}

/** Lays chips out in rows within `maxWidth`; returns the total height used. */
export function addChipRow(scene: Phaser.Scene, x: number, y: number, maxWidth: number, specs: ChipSpec[], size: number, pal: Palette, u: number): number {
  const gap = Math.round(10 * u);
  let cx = x;
  let cy = y;
  let rowH = 0;
  for (const spec of specs) {
    const estW = lineWidth(scene, spec.label, size, { weight: 600 }) + size * 1.4;
    if (cx > x && cx + estW > x + maxWidth) {
      cx = x;
      cy += rowH + gap;
      rowH = 0;
    }
    const { w, h } = drawChip(scene, cx, cy, spec, size, maxWidth, pal, u);
    cx += w + gap;
    rowH = Math.max(rowH, h);
  }
  return cy + rowH - y;
}
