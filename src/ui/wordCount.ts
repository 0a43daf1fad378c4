// Words as the rubric counts them for max_words (src/core/engine/rubric.ts), so the counter under
// the answer box agrees with what the scoring will call "too long".
import { foldWords } from '../core/text/fold.ts';

export function countWords(text: string): number {
  return foldWords(text).length;
}
