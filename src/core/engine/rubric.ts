// Scoring a typed answer against a beat's rubric: on what the answer says, not on the words it
// happens to contain.
//
// Matching (scenario-format.md: case, diacritics and extra spaces ignored, whole words): words fold
// as text/fold.ts folds them, so "chua xac nhan" matches "Chưa xác nhận!" and "an" never matches
// inside "toàn". On top of that:
// - A phrase is looked for inside one clause (clauses.ts). English phrases match their inflections
//   ("monitor" ~ "monitoring", inflect.ts) and their words in any order, close together ("test
//   results" ~ "the results of the tests"). Vietnamese phrases keep their order (syllables out of
//   order make other words: "an toàn" is not "toàn ... an"), with up to two words inserted in a
//   phrase of three or more ("chưa xác nhận" ~ "chưa được xác nhận").
// - A phrase the answer denies does not count (negation.ts): a denied good phrase earns nothing
//   and its praise is not shown; a denied bad phrase costs nothing ("không phải 6 ca như trên mạng").
// - `unless`: a match does not count when one of the line's unless phrases is in the same clause.
// - A list of keywords is not an answer. A phrase earns positive points only in a clause that says
//   something besides rubric phrases: at least one word of its own (articles, "và", "của"… do not
//   count; two phrases joined by a predicate in one unbroken clause, "Công an tỉnh đang xác minh",
//   are a sentence too). A clause whose comma-separated items are mostly bare phrases (two or more)
//   is a list, and so is one that strings three or more positive lines together with fewer words of
//   its own than lines and no predicate ("đang", "là", "có", "is", "will"…). When such fragments
//   are most of what the answer offers, the answer is marked as a keyword list (shown in the
//   debrief). Negative lines apply to fragments too: a bare "no comment" is still no comment.
//
// max_words: a typed answer longer than the limit is still scored, but only on its first
// `max_words` words; the turn is marked `overLimit` so the debrief can say the answer ran long.
import type { RubricLine } from '../scenario/schema.ts';
import { foldWords, hasVietnameseMarks } from '../text/fold.ts';
import { tokenize, type Token } from './clauses.ts';
import { inflectionKey } from './inflect.ts';
import { isNegated, phraseNegates } from './negation.ts';

/** Why a phrase that is in the answer earned nothing. */
export type NotCountedReason = 'negated' | 'unless' | 'fragment';

/** How an answer was found to be a list of rubric phrases rather than an answer. */
export type Stuffing = 'keyword-list';

export interface NotCounted {
  lineIndex: number;
  /** The phrase as the author wrote it. */
  phrase: string;
  reason: NotCountedReason;
}

export interface RubricLineResult {
  lineIndex: number;
  line: RubricLine;
  /** The phrases (as the author wrote them) that count in the answer. */
  matched: string[];
}

export interface RubricResult {
  /** Words counted in the answer (before any limit). */
  wordCount: number;
  overLimit: boolean;
  /** Lines whose `any` / `all` requirement holds, in rubric order. */
  lines: RubricLineResult[];
  /** Phrases of lines that do not hold, found in the answer but not counted, with the reason. */
  notCounted: NotCounted[];
  stuffing: Stuffing | null;
}

/** Words that say nothing by themselves, as typed: a clause of rubric phrases joined by these is a list. */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'into',
  'about',
  'và',
  'va',
  'hoặc',
  'của',
  'các',
  'những',
  'cho',
  'với',
  'về',
  'tại',
  'trong',
  'là',
]);
/**
 * Words that make a predicate ("đang", "đã", "sẽ", "is", "will"…): a clause of two rubric phrases
 * with one of these ("Cơ quan chức năng đang xác minh") is a sentence, not a pair of keywords.
 * Matched as typed, like the fillers: folded, "đã" would be "đá" and "can" would be "cần".
 */
const PREDICATE = new Set([
  'đang',
  'dang',
  'đã',
  'sẽ',
  'được',
  'duoc',
  'bị',
  'là',
  'có',
  'cần',
  'phải',
  'vẫn',
  'đều',
  'hãy',
  'xin',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'will',
  'would',
  'has',
  'have',
  'had',
  'can',
  'could',
  'should',
  'must',
  'do',
  'does',
  'did',
  'please',
]);
/** Extra words an English phrase's words may be spread over. */
const SPREAD = 3;
/** Words that may be inserted in a Vietnamese phrase of three words or more, or a phrase with its own negation. */
const GAPS = 2;

interface Phrase {
  text: string;
  words: string[];
  keys: string[];
  /** English: inflections and any order. */
  loose: boolean;
  gaps: number;
}

function preparePhrase(text: string): Phrase {
  const words = foldWords(text);
  const english = !hasVietnameseMarks(text);
  const negates = phraseNegates(tokenize(text));
  return {
    text,
    words,
    keys: words.map(inflectionKey),
    loose: english && !negates && words.length > 1,
    gaps: negates || (!english && words.length >= 3) ? GAPS : 0,
  };
}

function same(phrase: Phrase, k: number, t: Token, english: boolean): boolean {
  return t.word === phrase.words[k] || (english && t.key === phrase.keys[k]);
}

/** Every place the phrase occurs, as the token indexes of its words, each within one clause. */
function occurrences(tokens: readonly Token[], phrase: Phrase): number[][] {
  const n = phrase.words.length;
  if (n === 0) return [];
  const english = phrase.loose || !hasVietnameseMarks(phrase.text);
  const found: number[][] = [];
  for (let s = 0; s < tokens.length; s++) {
    const clause = tokens[s]!.clause;
    if (phrase.loose) {
      // Any order: every word of the phrase on a different token within n + SPREAD tokens from s.
      if (!phrase.words.some((_, k) => same(phrase, k, tokens[s]!, true))) continue;
      const used = new Set<number>();
      const positions: number[] = [];
      for (let k = 0; k < n; k++) {
        for (let i = s; i < s + n + SPREAD && i < tokens.length && tokens[i]!.clause === clause; i++) {
          if (!used.has(i) && same(phrase, k, tokens[i]!, true)) {
            used.add(i);
            positions.push(i);
            break;
          }
        }
      }
      if (positions.length === n && positions.includes(s)) found.push(positions.sort((a, b) => a - b));
      continue;
    }
    // In order, with up to `gaps` words inserted.
    const positions = ordered(tokens, phrase, english, s, 0, phrase.gaps, clause);
    if (positions) found.push(positions);
  }
  return found;
}

function ordered(tokens: readonly Token[], phrase: Phrase, english: boolean, at: number, k: number, gaps: number, clause: number): number[] | null {
  const t = tokens[at];
  if (t === undefined || t.clause !== clause || !same(phrase, k, t, english)) return null;
  if (k === phrase.words.length - 1) return [at];
  for (let skip = 0; skip <= gaps; skip++) {
    const rest = ordered(tokens, phrase, english, at + 1 + skip, k + 1, gaps - skip, clause);
    if (rest) return [at, ...rest];
  }
  return null;
}

interface Found {
  lineIndex: number;
  phrase: string;
  positions: number[];
  clause: number;
  negated: boolean;
  unless: boolean;
}

export function matchRubric(text: string, rubric: readonly RubricLine[], maxWords?: number | null): RubricResult {
  const all = tokenize(text);
  const overLimit = maxWords != null && all.length > maxWords;
  const tokens = overLimit ? all.slice(0, maxWords) : all;

  // Every phrase of every line, wherever it occurs.
  const found: Found[] = [];
  const covered = new Set<number>();
  rubric.forEach((line, lineIndex) => {
    const phrases = 'any' in line ? line.any : line.all;
    const unlessAt = new Set((line.unless ?? []).flatMap((u) => occurrences(tokens, preparePhrase(u)).map((p) => tokens[p[0]!]!.clause)));
    for (const phrase of phrases) {
      for (const positions of occurrences(tokens, preparePhrase(phrase))) {
        const clause = tokens[positions[0]!]!.clause;
        found.push({ lineIndex, phrase, positions, clause, negated: isNegated(tokens, positions), unless: unlessAt.has(clause) });
        for (const p of positions) covered.add(p);
      }
    }
  });

  // What each clause says besides rubric phrases.
  const ownWords = new Map<number, number>();
  const predicate = new Set<number>();
  const parts = new Map<number, Set<number>>();
  for (const t of tokens) {
    if (PREDICATE.has(t.raw)) predicate.add(t.clause);
    parts.set(t.clause, (parts.get(t.clause) ?? new Set()).add(t.part));
  }
  // Parts (between commas) with no word of their own: items of a list.
  const partsWithOwn = new Set<number>();
  tokens.forEach((t, i) => {
    if (FILLER.has(t.raw) || covered.has(i)) return;
    ownWords.set(t.clause, (ownWords.get(t.clause) ?? 0) + 1);
    partsWithOwn.add(t.part);
  });
  // Clauses whose comma-separated items are mostly bare phrases: more items without a word of their
  // own than with one, and at least two ("The dam is safe, shelter, hotline"; not "dân quân trông coi
  // nhà cửa, tài sản, bà con vẫn về chăm nương rẫy, vật nuôi").
  const listClauses = new Set<number>();
  for (const [clause, ps] of parts) {
    const bare = [...ps].filter((p) => !partsWithOwn.has(p)).length;
    if (bare >= 2 && bare > ps.size - bare) listClauses.add(clause);
  }
  const positive = (f: Found) => rubric[f.lineIndex]!.points > 0;
  const standing = found.filter((f) => !f.negated && !f.unless);
  const linesIn = new Map<number, Set<number>>();
  for (const f of standing.filter(positive)) linesIn.set(f.clause, (linesIn.get(f.clause) ?? new Set()).add(f.lineIndex));
  const isFragment = (f: Found) => {
    const own = ownWords.get(f.clause) ?? 0;
    const lines = linesIn.get(f.clause)?.size ?? 0;
    // Two phrases joined by a predicate in one unbroken clause: "Công an tỉnh đang xác minh".
    const subjectAndPredicate = lines === 2 && predicate.has(f.clause) && parts.get(f.clause)?.size === 1;
    if (own === 0) return !subjectAndPredicate;
    // "Có bãi chờ, nước sạch và tiêm vắc xin miễn phí" is one sentence: a predicate over the lot.
    if (listClauses.has(f.clause)) return true;
    return lines >= 3 && own < lines && !predicate.has(f.clause);
  };

  const reasonOf = (f: Found): NotCountedReason | null => {
    if (f.negated) return 'negated';
    if (f.unless) return 'unless';
    if (positive(f) && isFragment(f)) return 'fragment';
    return null;
  };

  const lines: RubricLineResult[] = [];
  const notCounted: NotCounted[] = [];
  let withheld = 0;
  rubric.forEach((line, lineIndex) => {
    const phrases = 'any' in line ? line.any : line.all;
    const ofLine = found.filter((f) => f.lineIndex === lineIndex);
    const counts = (p: string) => ofLine.some((f) => f.phrase === p && reasonOf(f) === null);
    const matched = phrases.filter(counts);
    const holds = 'any' in line ? matched.length > 0 : matched.length === phrases.length;
    if (holds) {
      lines.push({ lineIndex, line, matched });
      return;
    }
    const missed = new Map<string, NotCountedReason>();
    for (const f of ofLine) {
      const reason = reasonOf(f);
      if (reason !== null && !missed.has(f.phrase)) missed.set(f.phrase, reason);
    }
    for (const [phrase, reason] of missed) notCounted.push({ lineIndex, phrase, reason });
    // A line that holds but for its fragments, for the keyword-list test below.
    const standingPhrases = phrases.filter((p) => ofLine.some((f) => f.phrase === p && !f.negated && !f.unless));
    const wouldHold = 'any' in line ? standingPhrases.length > 0 : standingPhrases.length === phrases.length;
    if (line.points > 0 && wouldHold) withheld++;
  });
  const kept = lines.filter((l) => l.line.points > 0).length;
  const stuffing: Stuffing | null = withheld >= 2 && withheld >= kept ? 'keyword-list' : null;
  return { wordCount: all.length, overLimit, lines, notCounted, stuffing };
}
