// Chart colours and type sizes come from the same CSS custom properties as the rest of the overlay (the game's
// palette, high contrast included); printing switches to dark ink on white paper.
import { FONT_FAMILY } from '../../game/fonts.ts';
import type { ChartStyle } from './charts.ts';

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style.getPropertyValue(`--${name}`).trim();
  return value || fallback;
}

/** The report's unit: 1 px up to 1440 px wide, growing to 1.5 px (debrief.css, --pd-u). */
export function reportUnit(width = globalThis.innerWidth ?? 1440): number {
  return Math.min(1.5, Math.max(1, width / 1440));
}

export function screenStyle(host: Element): ChartStyle {
  const s = getComputedStyle(host);
  return {
    scale: reportUnit(),
    text: cssVar(s, 'text', '#eef3fa'),
    textDim: cssVar(s, 'text-dim', '#a3b6cf'),
    grid: cssVar(s, 'line', '#2c4468'),
    accent: cssVar(s, 'accent', '#f2b84b'),
    // Not the accent: that colour is kept for the trainee's own score (radar, overall line).
    series: [
      cssVar(s, 'danger', '#f0555a'),
      '#b08cff',
      cssVar(s, 'primary', '#4c8dff'),
      cssVar(s, 'success', '#3cc27e'),
      '#5cc8e8',
      '#ff8fc7',
      '#c9e265',
      cssVar(s, 'text-dim', '#a3b6cf'),
    ],
    question: cssVar(s, 'success', '#3cc27e'),
    missed: cssVar(s, 'danger', '#f0555a'),
    event: cssVar(s, 'primary', '#4c8dff'),
    font: FONT_FAMILY,
  };
}

export const PRINT_STYLE: ChartStyle = {
  scale: 1,
  text: '#111111',
  textDim: '#444444',
  grid: '#cccccc',
  accent: '#9a6400',
  series: ['#c0282e', '#6a3fc0', '#1f5fc0', '#1d7a4a', '#0e7f99', '#b0357a', '#5f7a00', '#555555'],
  question: '#1d7a4a',
  missed: '#a31d22',
  event: '#1f5fc0',
  font: FONT_FAMILY,
};
