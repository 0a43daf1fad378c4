// Words as a spokesperson's answer counts them: runs of letters or digits separated by spaces or
// punctuation (a Vietnamese syllable counts as a word, as in the rubric's max_words).
export function countWords(text: string): number {
  const matches = text.normalize('NFC').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}
