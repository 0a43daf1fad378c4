// Query parameters for tests, demos and projectors (documented in docs/frontend.md):
//   ?timescale=N        drill clock runs N× faster (0.1–1000); tests play whole drills in seconds
//   ?renderer=canvas|webgl   Phaser renderer (default: Phaser picks)
//   ?lang=vi|en         interface language for this visit (overrides the saved setting)
import { isLanguage, type Language } from '../i18n/languages.ts';

export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export interface UrlOptions {
  timescale: number;
  renderer: RendererChoice;
  lang: Language | null;
}

export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const rawScale = Number(params.get('timescale'));
  const timescale = Number.isFinite(rawScale) && rawScale > 0 ? Math.min(1000, Math.max(0.1, rawScale)) : 1;
  const rawRenderer = params.get('renderer');
  const renderer: RendererChoice = rawRenderer === 'canvas' || rawRenderer === 'webgl' ? rawRenderer : 'auto';
  const rawLang = params.get('lang');
  return { timescale, renderer, lang: isLanguage(rawLang) ? rawLang : null };
}
