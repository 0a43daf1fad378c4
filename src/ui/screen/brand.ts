// The wordmark of the DOM screens: the lectern glyph (the same shape the canvas draws) and PODIUM.
import { h } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

function glyph(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-0.05 -0.1 1.1 1.25');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML =
    '<path d="M0.1 0.45 H0.9 L0.78 1.1 H0.22 Z" fill="var(--accent)"/>' +
    '<rect x="0.05" y="0.36" width="0.9" height="0.12" fill="var(--accent)"/>' +
    '<line x1="0.5" y1="0.36" x2="0.62" y2="0.05" stroke="var(--accent)" stroke-width="0.07"/>' +
    '<circle cx="0.64" cy="0.02" r="0.09" fill="var(--accent)"/>';
  return svg;
}

/** `size` in design pixels (the glyph's height). */
export function brand(size: number, tagline: string | null): HTMLElement {
  const el = h('div', { class: 'ps-brand', style: `--brand: ${size}` });
  el.append(glyph(), h('span', { class: 'ps-wordmark', style: 'color: var(--accent)' }, 'PODIUM'));
  if (tagline) el.append(h('span', { class: 'ps-tagline' }, tagline));
  return el;
}
