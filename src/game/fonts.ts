// The bundled font (Be Vietnam Pro, Vietnamese + Latin subsets, 400/600/700): Phaser measures text
// once when a style is created, so every weight must be loaded before the first Text exists.
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';

export const FONT_FAMILY = '"Be Vietnam Pro", "Segoe UI", "Noto Sans", sans-serif';
const FONT_WEIGHTS = [400, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** Text that forces both subsets to load (Latin letters and Vietnamese stacked diacritics). */
const SAMPLE = 'Podium ẦỖỮ ặ đ ư ơ';

/** Loads every weight; `onProgress(done, total)` after each. Never rejects: a font that cannot load
 *  falls back to the system sans-serif rather than blocking the drill. */
export async function loadFonts(onProgress: (done: number, total: number) => void = () => {}): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  let done = 0;
  await Promise.all(
    FONT_WEIGHTS.map(async (weight) => {
      try {
        await document.fonts.load(`${weight} 32px "Be Vietnam Pro"`, SAMPLE);
      } catch {
        // fall back silently: the text still renders in the system font
      }
      onProgress(++done, FONT_WEIGHTS.length);
    }),
  );
}
