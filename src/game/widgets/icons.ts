// Small vector icons drawn with Graphics (no image files, no reliance on emoji fonts): reporter
// kinds, fact statuses and stance dots.
import type * as Phaser from 'phaser';
import type { Palette } from '../theme.ts';

export type ReporterKind = 'domestic' | 'foreign' | 'social';
export type FactStatus = 'confirmed' | 'unconfirmed' | 'confidential';
export type Stance = 'friendly' | 'neutral' | 'hostile';

/** Icon centred on (cx, cy), `s` = its size. */
export function drawKindIcon(g: Phaser.GameObjects.Graphics, kind: ReporterKind, cx: number, cy: number, s: number, color: number): void {
  const lw = Math.max(1.5, s * 0.1);
  g.lineStyle(lw, color, 1);
  if (kind === 'domestic') {
    // a folded newspaper
    g.strokeRect(cx - s * 0.42, cy - s * 0.36, s * 0.84, s * 0.72);
    g.fillStyle(color, 1);
    g.fillRect(cx - s * 0.3, cy - s * 0.24, s * 0.26, s * 0.22);
    g.lineBetween(cx + 0.02 * s, cy - s * 0.2, cx + s * 0.3, cy - s * 0.2);
    g.lineBetween(cx + 0.02 * s, cy - s * 0.06, cx + s * 0.3, cy - s * 0.06);
    g.lineBetween(cx - s * 0.3, cy + s * 0.1, cx + s * 0.3, cy + s * 0.1);
    g.lineBetween(cx - s * 0.3, cy + s * 0.22, cx + s * 0.3, cy + s * 0.22);
  } else if (kind === 'foreign') {
    // a globe
    g.strokeCircle(cx, cy, s * 0.42);
    g.strokeEllipse(cx, cy, s * 0.4, s * 0.84);
    g.lineBetween(cx - s * 0.42, cy, cx + s * 0.42, cy);
  } else {
    // a phone streaming live
    g.strokeRoundedRect(cx - s * 0.24, cy - s * 0.42, s * 0.48, s * 0.84, s * 0.08);
    g.fillStyle(color, 1);
    g.fillTriangle(cx - s * 0.08, cy - s * 0.14, cx - s * 0.08, cy + s * 0.14, cx + s * 0.14, cy);
  }
}

export function stanceColor(stance: Stance, pal: Palette): number {
  return stance === 'friendly' ? pal.success : stance === 'hostile' ? pal.danger : pal.info;
}
