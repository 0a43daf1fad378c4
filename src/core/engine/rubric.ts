// Scoring a typed answer against a beat's rubric (scenario-format.md: "phrase matching ignores
// case, diacritics and extra spaces, and matches whole words").
//
// Words are runs of letters and digits after folding: Unicode NFD, combining marks removed,
// "đ"/"Đ" → "d", lower case. Everything else (spaces, punctuation, symbols) separates words, so
// "chua xac nhan" matches "Chưa xác nhận!" and "an" never matches inside "toàn". NFC and NFD
// input fold to the same words.
//
// max_words: a typed answer longer than the limit is still scored, but only on its first
// `max_words` words; the turn is marked `overLimit` so the debrief can say the answer ran long.
// Ignoring the tail (rather than zeroing the answer) keeps a good opening from being lost while
// still not rewarding a trainee who pastes every key phrase into a wall of text.
import type { RubricLine } from '../scenario/schema.ts';

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Fold one text into comparable words. */
export function foldWords(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase();
  return folded.match(WORD) ?? [];
}

/** Whether `phrase` occurs in `words` as a run of whole words. */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  const last = words.length - phrase.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (words[i + j] !== phrase[j]) continue outer;
    }
    return true;
  }
  return false;
}

export interface RubricLineResult {
  lineIndex: number;
  line: RubricLine;
  /** The phrases (as the author wrote them) found in the answer. */
  matched: string[];
}

export interface RubricResult {
  /** Words counted in the answer (before any limit). */
  wordCount: number;
  overLimit: boolean;
  /** Lines whose `any` / `all` requirement holds, in rubric order. */
  lines: RubricLineResult[];
}

export function matchRubric(text: string, rubric: readonly RubricLine[], maxWords?: number | null): RubricResult {
  const all = foldWords(text);
  const overLimit = maxWords != null && all.length > maxWords;
  const words = overLimit ? all.slice(0, maxWords) : all;
  const lines: RubricLineResult[] = [];
  rubric.forEach((line, lineIndex) => {
    const phrases = 'any' in line ? line.any : line.all;
    const matched = phrases.filter((p) => containsPhrase(words, foldWords(p)));
    const holds = 'any' in line ? matched.length > 0 : matched.length === phrases.length;
    if (holds) lines.push({ lineIndex, line, matched });
  });
  return { wordCount: all.length, overLimit, lines };
}
