// The canvas in device pixels for a CSS size: crisp on HiDPI screens and projectors, but never
// more than a 4K canvas (beyond that the fill rate costs more than the eye gains).
/** Most pixels we render: a 4K canvas. Above that the device ratio is lowered (fill rate). */
const MAX_PIXELS = 3840 * 2160;

export function canvasSize(cssWidth: number, cssHeight: number, devicePixelRatio: number): { width: number; height: number; ratio: number } {
  const w = Math.max(320, Math.floor(cssWidth));
  const hgt = Math.max(240, Math.floor(cssHeight));
  const ratio = Math.max(1, Math.min(devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / (w * hgt))));
  return { width: Math.round(w * ratio), height: Math.round(hgt * ratio), ratio };
}
