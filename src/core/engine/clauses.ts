// A typed answer cut into words, clauses and parts, which is what the rubric needs to read it as
// sentences rather than as a bag of words:
//
// - a clause ends at . ! ? ; : … a new line or a bullet, and before a word that turns the sentence
//   ("nhưng", "tuy nhiên", "mặc dù", "chứ", "but", "however", "although"…). A rubric phrase is looked
//   for inside one clause, an `unless` phrase excludes a match in the same clause, and a clause must
//   say something besides rubric phrases for them to earn points (rubric.ts).
// - a part is a clause cut again at commas and dashes: a negation reaches to the end of its part
//   ("Không, đập an toàn" is not a denial of "an toàn"), and lists show up as parts.
//
// A full stop not followed by a space ("8 a.m", "5.000", "nhận.Chúng") and a comma between digits
// ("3,5") do not cut anything. Words fold exactly as text/fold.ts folds them, so the count is the
// one the answer box shows.
import { foldText } from '../text/fold.ts';
import { inflectionKey } from './inflect.ts';

export interface Token {
  /** The folded word ("chưa" → "chua"). */
  word: string;
  /** The word as typed, NFC and lower case: some words are only told apart by their marks. */
  raw: string;
  /** The key it shares with its English inflections (inflect.ts). */
  key: string;
  clause: number;
  part: number;
}

/** Words that turn a sentence: what follows is a new clause. Matched as typed: folded, "nhưng" would be "những" and "but" would be "bút". */
const TURN = new Set(['nhưng', 'chứ', 'but', 'however', 'although', 'though', 'whereas', 'except', 'nevertheless']);
const TURN_PAIRS: [string, string][] = [
  ['tuy', 'nhiên'],
  ['tuy', 'nhien'],
  ['mặc', 'dù'],
  ['mac', 'du'],
  ['dù', 'vậy'],
  ['even', 'if'],
];

const TOKEN = /[\p{L}\p{M}\p{N}]+|\n|[^\s\p{L}\p{M}\p{N}]/gu;
const FOLDED_WORD = /[\p{L}\p{N}]+/u;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function tokenize(text: string): Token[] {
  const src = text.normalize('NFC');
  const tokens: Token[] = [];
  let clause = 0;
  let part = 0;
  let clauseOpen = false;
  let partOpen = false;
  const endClause = () => {
    if (clauseOpen) clause++;
    if (partOpen) part++;
    clauseOpen = partOpen = false;
  };
  const endPart = () => {
    if (partOpen) part++;
    partOpen = false;
  };
  for (const m of src.matchAll(TOKEN)) {
    const s = m[0];
    const at = m.index;
    if (/^[\p{L}\p{M}\p{N}]/u.test(s)) {
      const word = foldText(s).match(FOLDED_WORD)?.[0];
      if (!word) continue;
      const raw = s.toLowerCase();
      const previous = tokens[tokens.length - 1];
      const turnsPair = previous !== undefined && previous.clause === clause && TURN_PAIRS.some(([a, b]) => previous.raw === a && raw === b);
      if (turnsPair) {
        // "tuy nhiên": the first word already sits in the clause being closed; move it to the new one.
        tokens.pop();
        endClause();
        tokens.push({ ...previous, clause, part });
        clauseOpen = partOpen = true;
      } else if (TURN.has(raw)) {
        endClause();
      }
      tokens.push({ word, raw, key: inflectionKey(word), clause, part });
      clauseOpen = partOpen = true;
      continue;
    }
    const next = src[at + 1];
    const prev = src[at - 1];
    if (s === '\n' || '!?;:…•'.includes(s)) endClause();
    else if (s === '.') {
      if (next === undefined || /\s/u.test(next)) endClause();
    } else if (s === ',') {
      if (!(isDigit(prev) && isDigit(next))) endPart();
    } else if ('—–()[]'.includes(s)) endPart();
    else if (s === '-' && prev !== undefined && next !== undefined && /\s/u.test(prev) && /\s/u.test(next)) endPart();
  }
  return tokens;
}
