// English inflections, so that a rubric's "monitor" also matches "monitoring", "monitored" and
// "monitors", and "family" matches "families". Not a full stemmer: only the endings a verb or a
// noun takes (-s, -es, -ies, -ed, -ing), mapped to one key that the base form shares.
//
// Only phrases written without Vietnamese marks are compared this way (rubric.ts): Vietnamese
// syllables never end in these suffixes, but folding them this way would still merge syllables
// such as "khoe" and "kho".

/** Words whose final "s" is not a plural. */
const KEEP = new Set([
  'news',
  'series',
  'always',
  'perhaps',
  'unless',
  'various',
  'serious',
  'previous',
  'process',
  'access',
  'address',
  'crisis',
  'analysis',
  'basis',
  'status',
  'virus',
  'bus',
  'gas',
  'this',
  'was',
  'has',
  'his',
  'its',
  'is',
  'us',
  'yes',
  'less',
  'across',
  'thus',
]);

const VOWEL = /[aeiouy]/;

function undouble(s: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(s) && !/(ll|ss|zz)$/.test(s) ? s.slice(0, -1) : s;
}

/** The key an English word shares with its inflected forms: "monitoring" → "monitor". */
export function inflectionKey(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word) || KEEP.has(word)) return word;
  let s = word;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}i`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('es') && /(s|x|z|ch|sh)$/.test(s.slice(0, -2))) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);

  if (s.endsWith('ing') && s.length >= 6 && VOWEL.test(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}i`;
  else if (s.endsWith('ed') && s.length >= 5 && VOWEL.test(s.slice(0, -2))) s = undouble(s.slice(0, -2));

  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('y') && s.length > 3) s = `${s.slice(0, -1)}i`;
  return undouble(s);
}
