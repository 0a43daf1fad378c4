// The best available answer to a beat, shown beside the trainee's own in the debrief. "Best" is
// the answer whose effects weigh most under the scenario's own weights, so the debrief never
// disagrees with how the overall score is computed.
import type { Beat, Effects, Scenario, Text } from '../scenario/schema.ts';

export interface BestChoice {
  kind: 'choice';
  answerIndex: number;
  text: Text;
  effects: Effects;
  feedback: Text | null;
  /** Sum of the effects, each times its skill's weight. */
  weightedSum: number;
}

export interface ModelAnswer {
  kind: 'model';
  text: Text;
  feedback: Text | null;
}

export function skillWeight(scenario: Scenario, skill: string): number {
  return scenario.weights?.[skill] ?? 1;
}

export function weightedSum(scenario: Scenario, effects: Effects): number {
  let sum = 0;
  for (const [skill, points] of Object.entries(effects)) sum += points * skillWeight(scenario, skill);
  return sum;
}

/** Highest weighted sum wins; on a tie the author's earlier answer wins (it is listed first for a reason). */
export function bestChoiceOf(scenario: Scenario, beat: Beat): BestChoice | null {
  let best: BestChoice | null = null;
  (beat.answers ?? []).forEach((answer, answerIndex) => {
    const sum = weightedSum(scenario, answer.effects);
    if (best === null || sum > best.weightedSum) {
      best = { kind: 'choice', answerIndex, text: answer.text, effects: answer.effects, feedback: answer.feedback ?? null, weightedSum: sum };
    }
  });
  return best;
}

export function modelAnswerOf(beat: Beat): ModelAnswer | null {
  const model = beat.free_text?.model_answer;
  if (model === undefined) return null;
  return { kind: 'model', text: model, feedback: beat.free_text?.feedback ?? null };
}
