// Small helpers of the report overlays; elements are built with `h` (src/ui/dom.ts), which puts
// text in as text nodes: scenario texts and typed answers are never parsed as HTML.
import { h, type Attrs } from '../dom.ts';

export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** "+2" / "−3" with a true minus sign, as a score reads. */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';
}

/** A long text cut at `longest` characters with an ellipsis (legends, reasons); the full text is shown elsewhere. */
export function shorten(text: string, longest: number): string {
  return text.length <= longest ? text : `${text.slice(0, longest - 1).trimEnd()}…`;
}

/** Drill seconds as m:ss (rounded to the nearest second). */
export function mmss(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Offers a text file to download (exports). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
