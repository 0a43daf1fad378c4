import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from '../../../src/core/scenario/suggest.ts';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

describe('suggestions', () => {
  it('edit distance agrees with the textbook one, and gives up past the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.nat({ max: 6 }), (a, b, max) => {
        const exact = levenshtein(a, b);
        expect(editDistance(a, b)).toBe(exact);
        const bounded = editDistance(a, b, max);
        if (exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
      }),
      { numRuns: 1000 },
    );
  });

  it('suggests typos, ignores case, and stays quiet when nothing is close', () => {
    expect(nearest('time_limt', ['reporter', 'ask', 'time_limit', 'answers'])).toBe('time_limit');
    expect(nearest('Q-Open', ['q-open', 'q-dam'])).toBe('q-open');
    expect(nearest('banana', ['q-open', 'q-dam'])).toBeUndefined();
    expect(nearest('q-dam', ['q-dam'])).toBeUndefined();
    expect(didYouMean('q-mising', ['q-open', 'q-missing'])).toEqual({ en: ' Did you mean "q-missing"?', vi: ' Có phải bạn muốn viết "q-missing"?' });
    expect(didYouMean('zzz', ['q-open'])).toEqual({ en: '', vi: '' });
  });
});
