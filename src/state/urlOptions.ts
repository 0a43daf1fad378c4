// Query parameters for tests, demos and projectors (documented in docs/frontend.md):
//   ?timescale=N        drill clock runs N× faster (0.1–1000); tests play whole drills in seconds
//   ?renderer=canvas|webgl   Phaser renderer (default: Phaser picks)
//   ?lang=vi|en         interface language for this visit (overrides the saved setting)
//   ?shuffle=off|N      answers in the authored order (off), or shuffled with seed N; default: a
//                       random seed per drill (tests that press answer keys use off)
import { isShuffleSeed } from '../core/engine/shuffle.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';

export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export interface UrlOptions {
  timescale: number;
  renderer: RendererChoice;
  lang: Language | null;
  /** The answer order of new drills: null = a random seed per drill (engine/shuffle.ts). */
  shuffle: number | 'off' | null;
}

export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const rawScale = Number(params.get('timescale'));
  const timescale = Number.isFinite(rawScale) && rawScale > 0 ? Math.min(1000, Math.max(0.1, rawScale)) : 1;
  const rawRenderer = params.get('renderer');
  const renderer: RendererChoice = rawRenderer === 'canvas' || rawRenderer === 'webgl' ? rawRenderer : 'auto';
  const rawLang = params.get('lang');
  const rawShuffle = params.get('shuffle');
  const seed = Number(rawShuffle);
  const shuffle = rawShuffle === 'off' ? 'off' : rawShuffle !== null && rawShuffle !== '' && isShuffleSeed(seed) ? seed : null;
  return { timescale, renderer, lang: isLanguage(rawLang) ? rawLang : null, shuffle };
}
