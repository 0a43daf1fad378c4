import { describe, expect, it } from 'vitest';
import { classReport, summarise, t95, type CheckAnswerRow } from '../../../src/core/room/classReport.ts';

function rows(participant: string, phase: 'before' | 'after', correct: boolean[]): CheckAnswerRow[] {
  return correct.map((c) => ({ participantId: participant, phase, skill: 'accuracy', correct: c, flawCorrect: c }));
}

describe('class report', () => {
  it('measures the change on participants who did both checks, with a t interval', () => {
    const data = [
      ...rows('a', 'before', [true, false, false, false]),
      ...rows('a', 'after', [true, true, false, false]),
      ...rows('b', 'before', [true, true, false, false]),
      ...rows('b', 'after', [true, true, true, true]),
      ...rows('c', 'before', [false, false, false, false]), // left before the after check
    ];
    const s = summarise(data);
    expect(s.paired).toBe(2);
    expect(s.change).toBeCloseTo(37.5);
    // diffs 25 and 50: sd = 17.68, se = 12.5, t(1) = 12.706
    expect(s.margin).toBeCloseTo(12.706 * 12.5, 1);
    expect(s.before).toBeCloseTo((25 + 50 + 0) / 3);
    expect(classReport(data).caution).toBe('too-few');
  });

  it('says when the interval includes zero and when a class is large enough', () => {
    const noise = Array.from({ length: 10 }, (_, i) => [
      ...rows(`p${i}`, 'before', [i % 2 === 0, true]),
      ...rows(`p${i}`, 'after', [i % 2 === 1, true]),
    ]).flat();
    expect(classReport(noise).caution).toBe('interval-includes-zero');
    const learnt = Array.from({ length: 40 }, (_, i) => [...rows(`p${i}`, 'before', [false, i % 3 === 0]), ...rows(`p${i}`, 'after', [true, true])]).flat();
    expect(classReport(learnt).caution).toBe('clear');
    expect(classReport([]).caution).toBe('no-pairs');
    expect(t95(1)).toBeCloseTo(12.706);
    expect(t95(200)).toBeCloseTo(1.96);
  });
});
