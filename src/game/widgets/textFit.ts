// Fitting text into fixed boxes without clipping: an ellipsis for one-line labels, and cutting a
// wrapped block to a number of lines with an ellipsis (never smaller type: reading size is the floor).
import type * as Phaser from 'phaser';

export function ellipsize(text: Phaser.GameObjects.Text, maxWidth: number): void {
  const full = text.text;
  if (text.width <= maxWidth) return;
  const widthOf = lineWidth(text);
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = `${full.slice(0, mid).trimEnd()}…`;
    if (widthOf(candidate) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${full.slice(0, lo).trimEnd()}…`);
}

/**
 * How wide the Text would be showing another line. A plain one-line Text is measured on its own
 * canvas (the font is already set there) with Phaser's sums, so fitting redraws it once, not once per
 * try; anything else is measured by setting the text.
 */
function lineWidth(text: Phaser.GameObjects.Text): (candidate: string) => number {
  const plain = text.letterSpacing === 0 && !text.style.wordWrapWidth && !text.style.wordWrapCallback && !text.text.includes('\n') && text.style.maxLines === 0;
  if (!plain) {
    return (candidate) => {
      text.setText(candidate);
      return text.width;
    };
  }
  const ctx = text.context;
  text.style.syncFont(text.canvas, ctx);
  const stroke = text.style.strokeThickness;
  const sides = (text.padding.left ?? 0) + (text.padding.right ?? 0);
  return (candidate) => Math.ceil(ctx.measureText(candidate).width + stroke) + sides;
}

/** Cuts a wrapped block to `maxLines`, ending it with an ellipsis, so a cut never goes unseen. */
export function clampLines(text: Phaser.GameObjects.Text, maxLines: number): void {
  if (text.getWrappedText().length <= maxLines) return;
  const words = text.text.split(/\s+/);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    text.setText(`${words.slice(0, mid).join(' ')}…`);
    if (text.getWrappedText().length <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${words.slice(0, lo).join(' ')}…`);
}
