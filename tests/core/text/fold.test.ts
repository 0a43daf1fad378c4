// One folding rule for the whole game: rubric phrases, the answer box's word count and the trainee
// names records are grouped by.
import { describe, expect, it } from 'vitest';
import { foldName, foldText, foldWords, hasVietnameseMarks } from '../../../src/core/text/fold.ts';
import { traineeKeyOf } from '../../../src/records/drillRecord.ts';
import { countWords } from '../../../src/ui/wordCount.ts';

describe('folding', () => {
  it('removes marks, folds đ and case, the same for NFC and NFD', () => {
    expect(foldText('Chưa XÁC nhận, Đà Nẵng')).toBe('chua xac nhan, da nang');
    expect(foldText('Nguyễn'.normalize('NFD'))).toBe(foldText('Nguyễn'.normalize('NFC')));
    expect(foldWords('Đập "an-toàn" 24/24!')).toEqual(['dap', 'an', 'toan', '24', '24']);
  });

  it('groups trainee names and counts words with the same rule as the rubric', () => {
    expect(foldName('  Nguyễn  Văn   An ')).toBe('nguyen van an');
    expect(traineeKeyOf('  Nguyễn  Văn   An ')).toBe(traineeKeyOf('nguyen van an'));
    expect(traineeKeyOf('ĐỖ THỊ Hà')).toBe('do thi ha');
    expect(countWords('Chưa xác nhận, chúng tôi đang xác minh.')).toBe(foldWords('Chưa xác nhận, chúng tôi đang xác minh.').length);
  });

  it('tells a phrase written in Vietnamese by its marks', () => {
    expect(hasVietnameseMarks('chưa xác nhận')).toBe(true);
    expect(hasVietnameseMarks('Đà')).toBe(true);
    expect(hasVietnameseMarks('not confirmed')).toBe(false);
    expect(hasVietnameseMarks('24/24')).toBe(false);
  });
});
