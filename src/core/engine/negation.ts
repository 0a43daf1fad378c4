// Whether a rubric phrase found in an answer is denied there, in Vietnamese or English:
// "Biên giới không ổn định", "we will not be transparent", "không phải 6 ca như trên mạng",
// "there is no evidence that the plant caused it", "thông tin 6 ca là sai sự thật".
//
// - A negation before the phrase counts when it is in the same part of the clause (commas and
//   dashes end it: "Không, đập an toàn" denies nothing), at most WINDOW words before the phrase,
//   with no "and", "và", "vì", "mà"… in between (those start a new statement).
// - Two negations cancel ("không phải là không an toàn").
// - A phrase that contains a negation itself ("chưa xác nhận", "not confirmed", "no comment") is
//   matched as written: its own words are not a negation of it. The caller passes their positions.
// - A denial right after the phrase ("6 ca là không đúng", "the 6 cases report is false") counts too.
// Negation words are read as typed, marks included ("nó" is not "no", "đúng" is not "đừng"); the
// unaccented forms of "không", "chưa", "chẳng" count too, so answers typed without accents lose
// only "đừng" and "chả".
import type { Token } from './clauses.ts';

/** The most words between a negation and the phrase it denies (Vietnamese words are syllables: "chưa có cơ sở để khẳng định có 6 ca"). */
const WINDOW = 7;
/** The most words between a phrase and a denial after it. */
const POST_WINDOW = 3;

// Matched on the word as typed (lower case): folding would make Vietnamese "nó" (it) the English
// "no", and "đừng" the same word as "đúng" (right). Vietnamese typed without accents is listed too
// where the bare form is not another common word.
const NEGATORS = new Set([
  'không',
  'khong',
  'chưa',
  'chua',
  'chẳng',
  'chang',
  'chả',
  'đừng',
  'not',
  'no',
  'never',
  'cannot',
  'nobody',
  'none',
  'nothing',
  'neither',
  'nor',
  'without',
  'dont',
  'doesnt',
  'didnt',
  'cant',
  'wont',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'couldnt',
  'shouldnt',
  'wouldnt',
]);
/** "don't" is typed as "don" + "t" once the apostrophe separates words. */
const CONTRACTED = /n$/;

/** Words after a negation word that make it no negation at all ("không khí", "not only"…). */
const NOT_A_NEGATION: Record<string, Set<string>> = {
  khong: new Set(['khi', 'gian', 'quan', 'phan', 'luu', 'chi', 'nhung', 'ngung', 'it', 'lau']),
  chang: new Set(['nhung']),
  not: new Set(['only', 'just', 'later']),
  no: new Set(['later', 'sooner', 'doubt']),
  nothing: new Set(['but']),
};

/** Words that start a new statement: a negation before them does not reach past them. */
const ENDERS = new Set(['and', 'because', 'so', 'then', 'while', 'when', 'if', 'since', 'và', 'va', 'vì', 'bởi', 'nên', 'mà', 'thì', 'nếu', 'neu', 'rồi']);

/** Denials after a phrase, as folded word sequences. */
const AFTER: string[][] = [
  'khong dung',
  'khong chinh xac',
  'la sai',
  'sai su that',
  'khong co that',
  'khong co co so',
  'la gia',
  'la tin gia',
  'bia dat',
  'chua duoc xac nhan',
  'chua duoc kiem chung',
  'chua duoc xac minh',
  'chua xac nhan',
  'is false',
  'are false',
  'false',
  'not true',
  'untrue',
  'is wrong',
  'are wrong',
  'incorrect',
  'inaccurate',
  'baseless',
  'groundless',
  'unfounded',
  'not accurate',
  'not correct',
  'not confirmed',
  'not been confirmed',
  'unconfirmed',
  'is fake',
].map((s) => s.split(' '));

function isNegator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const negates = NEGATORS.has(t.raw) || (t.raw === 't' && i > 0 && CONTRACTED.test(tokens[i - 1]!.raw) && tokens[i - 1]!.part === t.part);
  if (!negates) return false;
  const previous = tokens[i - 1];
  if (t.word === 'khong' && previous?.word === 'hang') return false; // hàng không: aviation
  return !(next !== undefined && next.part === t.part && NOT_A_NEGATION[t.word]?.has(next.word));
}

function ends(t: Token): boolean {
  return ENDERS.has(t.raw);
}

function deniedAfter(tokens: readonly Token[], end: number): boolean {
  const part = tokens[end]!.part;
  for (let i = end + 1; i <= end + 1 + POST_WINDOW && i < tokens.length && tokens[i]!.part === part; i++) {
    if (ends(tokens[i]!)) return false;
    if (AFTER.some((seq) => seq.every((w, k) => tokens[i + k]?.word === w && tokens[i + k]!.part === part))) return true;
  }
  return false;
}

/**
 * Whether the phrase found at `positions` (its words' token indexes) is denied. Negations among
 * the phrase's own words do not count against it.
 */
export function isNegated(tokens: readonly Token[], positions: readonly number[]): boolean {
  const start = Math.min(...positions);
  const end = Math.max(...positions);
  const own = new Set(positions);
  const part = tokens[start]!.part;
  let count = 0;
  let words = 0;
  for (let i = start - 1; i >= 0 && tokens[i]!.part === part; i--) {
    if (own.has(i)) continue;
    if (ends(tokens[i]!)) break;
    if (isNegator(tokens, i)) {
      count++;
      continue;
    }
    if (++words > WINDOW) break;
  }
  // Words inside the phrase's span that are not the phrase's own ("not yet confirmed" found for
  // "not confirmed" is not a second negation; "vaccines are not free" found for "free vaccines" is).
  for (let i = start + 1; i < end; i++) if (!own.has(i) && isNegator(tokens, i)) count++;
  if (deniedAfter(tokens, end)) count++;
  return count % 2 === 1;
}

/** Whether a phrase, as the author wrote it, contains a negation of its own ("chưa xác nhận"). */
export function phraseNegates(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => isNegator(tokens, i));
}
