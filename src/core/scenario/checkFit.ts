// Texts that will not fit the screen at 1280×720 (the smallest screen the game is laid out for):
// a question and its answers taller than the press room's question panel even once it has risen
// over the whole hall — the trainee then has to scroll to read them while the answer clock runs.
// Estimated from the number of characters against budgets that follow the layout
// (src/game/scenes/PressRoomScene.ts, widgets/button.ts), in design pixels of the 1920×1080
// layout: the screen scales as a whole, so 1280×720 is the same layout two thirds the size.
// Everything else long has a place to go: the briefing's columns scroll, and a feed post or a
// pop-up cut short on its card opens whole on a click. Pure: no fonts, no DOM.
import type { CheckContext } from './checkContext.ts';
import type { Text } from './schema.ts';

/**
 * Width of a wrapped line per character of Be Vietnam Pro, as a share of the type size, words not
 * filling their lines included: measured on the bundled scenarios' answers (regular, about 100
 * characters a line at 24 px in 1,236 px, about 46 in 563 px) and questions (semibold, about 52 a line at 40 px in
 * 1,336 px), in Vietnamese and English, and rounded up a little so the estimate errs long.
 */
const CHAR_EM = { regular: 0.5, semibold: 0.66 } as const;

/** The question panel once it has risen over the whole hall, and what it holds. */
export const QUESTION_PANEL = {
  /** Height of the panel over the whole left column (1080 less the top bar, the ticker and margins). */
  height: 918,
  /** The reporter's line with the answer clock, and the margin under the answers. */
  header: 80,
  footer: 38,
  /** Width for text (the panel less its padding). */
  width: 1336,
  question: { size: 40, pitch: 1.45, space: 22 },
  answer: { size: 24, pitch: 1.39, padding: 31, minHeight: 56, gap: 10, badge: 60, sides: 40 },
  /** The typed-answer box with its "or type" line when there are answers too, and alone. */
  box: { withAnswers: 182, alone: 250 },
} as const;

/**
 * The estimate is good to about a line either way per row of answers (where words wrap decides
 * it): a beat is reported only when it is over by more than two lines of answer text, so the
 * message is never wrong about a beat that fits.
 */
const TOLERANCE = 2 * QUESTION_PANEL.answer.size * QUESTION_PANEL.answer.pitch;

/** Lines a text takes when wrapped at `width` in type of `size` (each paragraph at least one). */
export function estimateLines(text: string, width: number, size: number, weight: keyof typeof CHAR_EM = 'regular'): number {
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_EM[weight])));
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil([...paragraph.trim()].length / perLine)), 0);
}

function answerHeight(text: string, width: number): number {
  const a = QUESTION_PANEL.answer;
  const lines = estimateLines(text, width - a.sides - a.badge, a.size);
  return Math.max(a.minHeight, Math.round(lines * a.size * a.pitch + a.padding));
}

/** Height the answers need in `cols` columns (rows as tall as their tallest answer). */
function answersHeight(answers: string[], cols: number): number {
  const a = QUESTION_PANEL.answer;
  const width = (QUESTION_PANEL.width - (cols - 1) * a.gap) / cols;
  let total = 0;
  for (let row = 0; row * cols < answers.length; row++) {
    total += Math.max(...answers.slice(row * cols, row * cols + cols).map((t) => answerHeight(t, width))) + a.gap;
  }
  return Math.max(0, total - a.gap);
}

/** How far a beat's question, answers and typed-answer box overflow the risen panel (≤ 0: they fit). */
export function beatOverflow(ask: string, answers: string[], freeText: boolean): number {
  const p = QUESTION_PANEL;
  const question = estimateLines(ask, p.width, p.question.size, 'semibold') * p.question.size * p.question.pitch + p.question.space;
  const box = freeText ? (answers.length ? p.box.withAnswers : p.box.alone) : 0;
  const layouts = answers.length >= 3 ? [1, 2] : [1];
  const needed = answers.length ? Math.min(...layouts.map((cols) => answersHeight(answers, cols))) : 0;
  return Math.round(p.header + question + needed + box + p.footer - p.height);
}

function inLanguage(text: Text, lang: string): string | undefined {
  return typeof text === 'string' ? text : text[lang];
}

export function checkFit(ctx: CheckContext): void {
  const s = ctx.scenario;
  for (const lang of s.languages) {
    const where = s.languages.length > 1 ? ` (${lang})` : '';
    for (const [id, beat] of Object.entries(s.beats)) {
      const ask = inLanguage(beat.ask, lang);
      if (ask === undefined) continue;
      const answers = (beat.answers ?? []).map((a) => inLanguage(a.text, lang) ?? '');
      const over = beatOverflow(`“${ask}”`, answers, beat.free_text !== undefined);
      if (over <= TOLERANCE) continue;
      const lines = Math.ceil(over / (QUESTION_PANEL.answer.size * QUESTION_PANEL.answer.pitch));
      ctx.say('text-will-not-fit', ['beats', id, 'ask'], { beat: id, where, lines: { en: `${lines} line${lines === 1 ? '' : 's'}`, vi: `${lines} dòng` } });
    }
  }
}
