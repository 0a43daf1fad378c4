// The controls the running Phaser scene draws (choices, the top bar's buttons, the debrief's), and
// its texts, in CSS pixels: DOM overlays that must not cover one (the toasts) ask here, since the
// DOM cannot see into the canvas. The game registers the providers once it has loaded; before that
// there are none.
import type { Box } from '../ui/toastPlacement.ts';

let provider: () => readonly Box[] = () => [];

export function setCanvasControls(fn: () => readonly Box[]): void {
  provider = fn;
}

export function canvasControls(): readonly Box[] {
  return provider();
}

let texts: () => readonly Box[] = () => [];

export function setCanvasTexts(fn: () => readonly Box[]): void {
  texts = fn;
}

export function canvasTexts(): readonly Box[] {
  return texts();
}
