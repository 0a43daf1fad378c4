// The "will not fit at 1280×720" estimate beyond its fixture (diagnostics.test.ts): the issue's
// example is reported, four answers of similar length beside an ordinary question are not.
import { describe, expect, it } from 'vitest';
import { beatOverflow, estimateLines, QUESTION_PANEL } from '../../../src/core/scenario/checkFit.ts';

const text = (n: number) => 'Ban Chỉ huy đã xác nhận lượng nước về hồ tăng nhanh trong đêm qua '.repeat(Math.ceil(n / 60)).slice(0, n);
const line = QUESTION_PANEL.answer.size * QUESTION_PANEL.answer.pitch;

describe('checkFit', () => {
  it('counts wrapped lines from the characters, each paragraph at least one', () => {
    expect(estimateLines('short', 1000, 24)).toBe(1);
    expect(estimateLines('a\nb\nc', 1000, 24)).toBe(3);
    expect(estimateLines('x'.repeat(200), 1200, 24)).toBe(2);
  });

  it('reports the question of 266 characters with answers of 300, 613 and 286', () => {
    expect(beatOverflow(text(266), [text(300), text(613), text(286)], false)).toBeGreaterThan(2 * line);
  });

  it('lets four answers of about 250 characters beside a 200-character question fit (about 200 with a typed-answer box too)', () => {
    expect(beatOverflow(text(200), [text(250), text(240), text(255), text(245)], false)).toBeLessThanOrEqual(0);
    expect(beatOverflow(text(150), [text(200), text(190), text(205), text(195)], true)).toBeLessThanOrEqual(2 * line);
  });

  it('leaves a typed question room for its box', () => {
    expect(beatOverflow(text(300), [], true)).toBeLessThan(0);
    expect(beatOverflow(text(2000), [], true)).toBeGreaterThan(0);
  });
});
