// What text a screen shows and how large, read from the page itself: DOM texts through
// getComputedStyle and their boxes, Phaser texts through the game objects (window.__podium.game),
// their font size scaled from canvas pixels to CSS pixels. Used by the legibility tests (no text
// a trainee reads under the floor) and by tests that look for a label on a screen.
import type { Page } from 'playwright-core';

export interface ShownText {
  text: string;
  /** Font size in CSS pixels as drawn on the page. */
  size: number;
  where: 'dom' | 'canvas';
  /** Inside the viewport (a DOM text may sit in a scroll box below its fold; it is still measured). */
  inViewport: boolean;
  /** The ink of the tallest Vietnamese capital (Ầ) or the deepest descender would leave its line box. */
  inkClipped: boolean;
  /** A line wider than the box holding it (a long unbroken word pushing past the edge). */
  overflowsBox: boolean;
}

/**
 * Every visible DOM element under `root` that holds text of its own. Screen-reader-only text
 * (.sr-only) and anything hidden, transparent or collapsed are not what a trainee sees: skipped.
 */
export async function domTexts(page: Page, root: string): Promise<ShownText[]> {
  return page.evaluate((selector) => {
    const out: ShownText[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    const seen = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
        if (e.classList.contains('sr-only') || e.classList.contains('answer-label')) return false;
      }
      return el.getClientRects().length > 0;
    };
    for (const top of document.querySelectorAll(selector)) {
      for (const el of [top, ...top.querySelectorAll('*')]) {
        if (el instanceof SVGElement || el.tagName === 'STYLE' || el.tagName === 'SCRIPT') continue;
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        const value = el instanceof HTMLInputElement && ['text', 'search', ''].includes(el.type) ? el.value || el.placeholder : '';
        const text = own || value;
        if (!text || !seen(el)) continue;
        const cs = getComputedStyle(el);
        const size = parseFloat(cs.fontSize);
        const r = el.getBoundingClientRect();
        // Where a line's ink reaches: the font's box centred in the line height (half-leading).
        canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const ink = canvas.measureText('ẦỖỮgjy');
        const font = canvas.measureText('M');
        const lineH = cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
        const content = font.fontBoundingBoxAscent + font.fontBoundingBoxDescent;
        const half = (lineH - content) / 2;
        // The nearest box that cuts what overflows it (a scroll box, overflow hidden): the ink of the
        // first and last lines must stay inside it when the element itself is in its view.
        let clipper: Element | null = null;
        for (let e: Element | null = el; e && !clipper; e = e.parentElement) if (getComputedStyle(e).overflowY !== 'visible') clipper = e;
        let inkClipped = false;
        if (clipper) {
          const c = clipper.getBoundingClientRect();
          const top = c.top + clipper.clientTop;
          const bottom = top + clipper.clientHeight;
          const textTop = r.top + parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth);
          const textBottom = r.bottom - parseFloat(cs.paddingBottom) - parseFloat(cs.borderBottomWidth);
          const inkTop = textTop + half + font.fontBoundingBoxAscent - ink.actualBoundingBoxAscent;
          const inkBottom = textBottom - half - font.fontBoundingBoxDescent + ink.actualBoundingBoxDescent;
          if (r.top >= top - 1 && r.bottom <= bottom + 1) inkClipped = inkTop < top - 0.5 || inkBottom > bottom + 0.5;
        }
        const scrolls = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
        out.push({
          text: text.replace(/\s+/g, ' '),
          size,
          where: 'dom',
          inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
          inkClipped,
          overflowsBox: !scrolls && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 ? true : r.right > innerWidth + 1 || r.left < -1,
        });
      }
    }
    return out;
  }, root);
}

/**
 * The visible Phaser texts of a running scene, sized in CSS pixels. Texts marked
 * `setData('decorative', true)` (the hall's backdrop lettering, name plates that repeat what the
 * question panel says at reading size) are left out.
 */
export async function canvasTexts(page: Page, sceneKey: string): Promise<ShownText[]> {
  return page.evaluate((key) => {
    const game = window.__podium!.game;
    const scene = game.scene.getScene(key);
    const k = game.canvas.getBoundingClientRect().width / game.canvas.width;
    const cams = scene.cameras.cameras as unknown as { x: number; y: number; width: number; height: number; scrollX: number; scrollY: number }[];
    // Texts inside a container (a pop-up card) count too; getBounds() is in world coordinates.
    return scene.children.list
      .flatMap((o) => (o.type === 'Container' ? (o as unknown as { list: typeof scene.children.list }).list : [o]))
      .filter((o) => o.type === 'Text')
      .map((o) => {
        const t = o as unknown as {
          text: string;
          visible: boolean;
          alpha: number;
          style: { fontSize: string };
          getBounds(): { x: number; y: number; width: number; height: number };
          getData(key: string): unknown;
          canvas: HTMLCanvasElement;
          padding: { top: number };
        };
        return t;
      })
      .filter((t) => t.visible && t.text.trim() !== '' && t.getData('decorative') !== true)
      .map((t) => {
        const b = t.getBounds();
        // Shown by some camera: the main one, or the question's scrolling window.
        const inViewport = cams.some(
          (c) => b.x - c.scrollX + b.width > 0 && b.x - c.scrollX < c.width && b.y - c.scrollY + b.height > 0 && b.y - c.scrollY < c.height,
        );
        const ctx = t.canvas.getContext('2d')!;
        const row = (y: number) => {
          const data = ctx.getImageData(0, y, t.canvas.width, 1).data;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
          return false;
        };
        return {
          text: t.text.replace(/\s+/g, ' '),
          size: parseFloat(t.style.fontSize) * k,
          where: 'canvas' as const,
          inViewport,
          inkClipped: t.canvas.height > 1 && (row(0) || row(t.canvas.height - 1)),
          overflowsBox: b.x < -1 || b.x + b.width > game.scale.width + 1,
        };
      });
  }, sceneKey);
}

/** The texts under the floor, for a readable failure message. */
export function under(texts: ShownText[], floor: number): string[] {
  return texts.filter((t) => t.size < floor - 0.01).map((t) => `${t.size.toFixed(1)} px (${t.where}) "${t.text.slice(0, 100)}"`);
}

export function smallest(texts: ShownText[]): number {
  return texts.reduce((min, t) => Math.min(min, t.size), Infinity);
}
