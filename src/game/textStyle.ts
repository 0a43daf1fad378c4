// The one place Phaser text styles are made. Every style carries top/bottom padding and a test
// string with stacked-diacritic capitals (Ầ Ỗ Ữ) so Vietnamese capitals are never clipped, and the
// font metrics are measured once per font and reused (Phaser would otherwise measure every Text).
import type * as Phaser from 'phaser';
import { FONT_FAMILY, type FontWeight } from './fonts.ts';
import { css } from './theme.ts';

const TEST_STRING = '|ẦỖỮẤÉqgjy';

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

// One measuring canvas for every font: making a canvas per font string cost more than the measuring.
let sharedContext: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (sharedContext === undefined) sharedContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return sharedContext;
}

function measure(font: string): Metrics | undefined {
  const cached = metricsCache.get(font);
  if (cached) return cached;
  const ctx = measuringContext();
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

function roundSize(size: number): number {
  return Math.max(8, Math.round(size));
}

function paddingFor(px: number): { top: number; bottom: number; left: number; right: number } {
  return { top: Math.ceil(px * 0.28), bottom: Math.ceil(px * 0.18), left: 1, right: 1 };
}

/**
 * The size a one-line Text made with textStyle(size, options) would have, worked out on the shared
 * measuring canvas instead of making a Phaser Text (which draws itself three times). Same sums as
 * Phaser's: the ceiled line width plus side padding; the font's metric height plus top/bottom
 * padding. Null where the canvas cannot say (no DOM, letter spacing, wrapping): make the Text then.
 */
function measureLine(content: string, size: number, options: TextStyleOptions = {}): { width: number; height: number } | null {
  if (options.letterSpacing || options.wrap !== undefined || content.includes('\n')) return null;
  const px = roundSize(size);
  const font = fontString(px, options.weight ?? 400, options.italic ?? false);
  const metrics = measure(font);
  const ctx = measuringContext();
  if (!metrics || !ctx) return null;
  ctx.font = font;
  const pad = paddingFor(px);
  return { width: Math.ceil(ctx.measureText(content).width) + pad.left + pad.right, height: metrics.fontSize + pad.top + pad.bottom };
}

/** Width of a one-line Text in textStyle(size, options): measured when it can be, else by making and dropping one. */
export function lineWidth(scene: Phaser.Scene, content: string, size: number, options: TextStyleOptions = {}): number {
  const measured = measureLine(content, size, options);
  if (measured) return measured.width;
  const probe = scene.add.text(0, 0, content, textStyle(size, options));
  const w = probe.width;
  probe.destroy();
  return w;
}

/**
 * Adds a Text drawn once: Phaser's constructor redraws for the content, the padding and the line
 * spacing, so the content comes last, into a Text that is still empty.
 */
export function addText(scene: Phaser.Scene, x: number, y: number, content: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
  return scene.add.text(x, y, '', style).setText(content);
}

export function textStyle(size: number, options: TextStyleOptions = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const px = roundSize(size);
  const weight = options.weight ?? 400;
  const italic = options.italic ?? false;
  const pad = paddingFor(px);
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
