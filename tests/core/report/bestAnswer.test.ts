import { describe, expect, it } from 'vitest';
import { bestChoiceOf, modelAnswerOf, weightedSum } from '../../../src/core/report/bestAnswer.ts';
import { buildReport } from '../../../src/core/report/report.ts';
import { damScenario } from '../../fixtures/debrief/scenario.ts';
import { finishedView } from '../../fixtures/debrief/finishedView.ts';

describe('best available answer', () => {
  const { scenario } = damScenario();
  const open = scenario.beats['q-open']!;

  it('weighs each effect by the scenario weight of its skill (unnamed skills weigh 1)', () => {
    // accuracy weighs 3 in the fixture.
    expect(weightedSum(scenario, { accuracy: 2, 'rumour-rebuttal': 2 })).toBe(8);
    expect(weightedSum(scenario, { composure: 3, accuracy: 0 })).toBe(3);
    expect(weightedSum({ ...scenario, weights: undefined }, { accuracy: 2, composure: -1 })).toBe(1);
  });

  it('picks the answer with the highest weighted sum, not the highest plain sum', () => {
    const heavyComposure = { ...open, answers: [{ ...open.answers![0]!, effects: { composure: 5 } }, open.answers![1]!] };
    // Plain sums: 5 against 4. Weighted: 5 against 2×3 + 2 = 8.
    expect(bestChoiceOf(scenario, heavyComposure)?.answerIndex).toBe(1);
    expect(bestChoiceOf({ ...scenario, weights: undefined }, heavyComposure)?.answerIndex).toBe(0);
  });

  it('keeps the earlier answer on a tie, and gives the best answer’s own feedback', () => {
    const tied = { ...open, answers: [{ ...open.answers![0]!, effects: { composure: 8 } }, open.answers![1]!] };
    const best = bestChoiceOf(scenario, tied)!;
    expect(best.answerIndex).toBe(0);
    expect(best.feedback).toEqual(open.answers![0]!.feedback);
  });

  it('has no best choice for a typed-only beat, but its model answer', () => {
    const missing = scenario.beats['q-missing']!;
    expect(bestChoiceOf(scenario, missing)).toBeNull();
    expect(modelAnswerOf(missing)).toEqual({ kind: 'model', text: missing.free_text!.model_answer, feedback: missing.free_text!.feedback });
    expect(modelAnswerOf(open)).toBeNull();
  });

  it('marks the trainee’s choice as best only when nothing weighs more', () => {
    const checked = damScenario();
    const view = finishedView();
    expect(buildReport(checked, view).beats[0]!.choseBest).toBe(true);
    const worse = { ...view, turns: [{ ...view.turns[0]!, response: { kind: 'choice' as const, answerIndex: 0 } }] };
    const beat = buildReport(checked, worse).beats[0]!;
    expect(beat.choseBest).toBe(false);
    expect(beat.bestChoice?.answerIndex).toBe(1);
  });
});
