// The one place Phaser text styles are made. Every style carries top/bottom padding and a test
// string with stacked-diacritic capitals (Ầ Ỗ Ữ) so Vietnamese capitals are never clipped, and the
// font metrics are measured once per font and reused (Phaser would otherwise measure every Text).
import type * as Phaser from 'phaser';
import { FONT_FAMILY, type FontWeight } from './fonts.ts';
import { css } from './theme.ts';

export const TEST_STRING = '|ẦỖỮẤÉqgjy';

export interface TextStyleOptions {
  weight?: FontWeight;
  color?: number;
  align?: 'left' | 'center' | 'right';
  /** Wrap width in canvas pixels. */
  wrap?: number;
  lineSpacing?: number;
  italic?: boolean;
  letterSpacing?: number;
}

type Metrics = { ascent: number; descent: number; fontSize: number };
const metricsCache = new Map<string, Metrics>();

function fontString(size: number, weight: FontWeight, italic: boolean): string {
  return `${italic ? 'italic ' : ''}${weight} ${size}px ${FONT_FAMILY}`;
}

function measure(font: string): Metrics | undefined {
  const cached = metricsCache.get(font);
  if (cached) return cached;
  if (typeof document === 'undefined') return undefined;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = font;
  const m = ctx.measureText(TEST_STRING);
  if (!('actualBoundingBoxAscent' in m)) return undefined;
  const metrics = { ascent: Math.ceil(m.actualBoundingBoxAscent), descent: Math.ceil(m.actualBoundingBoxDescent) };
  const result = { ...metrics, fontSize: metrics.ascent + metrics.descent };
  metricsCache.set(font, result);
  return result;
}

/** Forget measured metrics (after the web font finishes loading, measurements change). */
export function resetTextMetrics(): void {
  metricsCache.clear();
}

export function textStyle(size: number, options: TextStyleOptions = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const px = Math.max(8, Math.round(size));
  const weight = options.weight ?? 400;
  const italic = options.italic ?? false;
  const pad = { top: Math.ceil(px * 0.28), bottom: Math.ceil(px * 0.18), left: 1, right: 1 };
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: FONT_FAMILY,
    fontSize: `${px}px`,
    fontStyle: `${italic ? 'italic ' : ''}${weight}`,
    color: css(options.color ?? 0xffffff),
    align: options.align ?? 'left',
    padding: pad,
    testString: TEST_STRING,
    lineSpacing: options.lineSpacing ?? Math.round(px * 0.12),
  };
  if (options.letterSpacing) style.letterSpacing = options.letterSpacing;
  const metrics = measure(fontString(px, weight, italic));
  if (metrics) style.metrics = metrics;
  if (options.wrap !== undefined) style.wordWrap = { width: Math.max(10, Math.floor(options.wrap)), useAdvancedWrap: true };
  return style;
}
