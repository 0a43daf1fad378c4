import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchRubric } from '../../../src/core/engine/rubric.ts';
import { foldWords } from '../../../src/core/text/fold.ts';
import type { RubricLine } from '../../../src/core/scenario/schema.ts';

const line = (phrases: string[], kind: 'any' | 'all' = 'any', points = 2): RubricLine =>
  kind === 'any' ? { skill: 'accuracy', points, any: phrases } : { skill: 'accuracy', points, all: phrases };

const matches = (text: string, l: RubricLine, maxWords?: number) => matchRubric(text, [l], maxWords).lines.length === 1;

describe('rubric phrase matching', () => {
  it('ignores case, diacritics and extra spaces', () => {
    expect(matches('Chúng tôi CHƯA   XÁC NHẬN thông tin này', line(['chua xac nhan']))).toBe(true);
    expect(matches('Tin nay chua xac nhan', line(['chưa xác nhận']))).toBe(true);
    expect(matches('NOT\tconfirmed yet', line(['not confirmed']))).toBe(true);
  });

  it('folds đ to d both ways', () => {
    expect(matches('Đập đã được kiểm tra sáng nay', line(['dap da duoc kiem tra']))).toBe(true);
    expect(matches('dap da duoc kiem tra', line(['Đập đã được']))).toBe(true);
    expect(matches('Đập Đá Bạc đã được kiểm tra', line(['dap da bac']))).toBe(true);
    expect(foldWords('ĐÀ NẴNG')).toEqual(['da', 'nang']);
  });

  it('matches whole words only', () => {
    expect(matches('an toàn', line(['an']))).toBe(true);
    expect(matches('toàn bộ', line(['an']))).toBe(false);
    expect(matches('bảo toàn', line(['toan']))).toBe(true);
    expect(matches('we verified it', line(['verify']))).toBe(true);
    expect(matches('the verifier said so', line(['verify']))).toBe(false);
    expect(matches('chúng tôi nhận', line(['nhan thong']))).toBe(false);
  });

  it('treats punctuation as a word separator', () => {
    expect(matches('Đã xác nhận.Chúng tôi sẽ báo', line(['xac nhan chung toi']))).toBe(true);
    expect(matches('Đập "an-toàn"', line(['an toan']))).toBe(true);
    expect(matches('It is safe,verified', line(['safe verified']))).toBe(true);
    expect(matches('Trực 24/24 giờ', line(['24 24']))).toBe(true);
  });

  it('gives the same words for NFC and NFD input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđ áàảãạ ếềểễệ ốồổỗộ ứừửữự,.!'.split('')) }), (s) => {
        expect(foldWords(s.normalize('NFD'))).toEqual(foldWords(s.normalize('NFC')));
      }),
      { numRuns: 300 },
    );
    const nfd = 'chưa xác nhận'.normalize('NFD');
    expect(matches(`Tin này ${nfd}`, line(['chưa xác nhận'.normalize('NFC')]))).toBe(true);
  });

  it('any needs one phrase, all needs every phrase, and reports the matched phrases', () => {
    const any = line(['not confirmed', 'verifying', 'missing']);
    const result = matchRubric('We are verifying; the report is about the missing man', [any]);
    expect(result.lines[0]?.matched).toEqual(['verifying', 'missing']);
    expect(matches('the water is safe', line(['water', 'safe'], 'all'))).toBe(true);
    expect(matches('the water is tested', line(['water', 'safe'], 'all'))).toBe(false);
  });

  it('returns the matched lines in rubric order with their index', () => {
    const rubric = [line(['safe']), line(['poisoned'], 'any', -2), line(['water'])];
    const result = matchRubric('The water is safe', rubric);
    expect(result.lines.map((l) => l.lineIndex)).toEqual([0, 2]);
  });

  it('scores only the first max_words words and marks the answer over the limit', () => {
    const rubric = [line(['safe'])];
    const short = matchRubric('it is safe', rubric, 3);
    expect(short).toMatchObject({ wordCount: 3, overLimit: false });
    expect(short.lines).toHaveLength(1);
    const long = matchRubric('it is very much completely safe', rubric, 3);
    expect(long).toMatchObject({ wordCount: 6, overLimit: true });
    expect(long.lines).toHaveLength(0);
  });

  it('matches nothing in an empty or punctuation-only answer', () => {
    expect(matchRubric('', [line(['a'])]).lines).toHaveLength(0);
    expect(matchRubric(' ...!? ', [line(['a'])]).wordCount).toBe(0);
  });
});
