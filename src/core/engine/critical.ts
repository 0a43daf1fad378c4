// Critical errors: an answer the author marked `critical` (disclosing a secret, contradicting the
// state's position on sovereignty, inventing casualty figures) is a failure no amount of good
// answers elsewhere makes up for. The overall score is capped at CRITICAL_CAP once one is chosen,
// and the score card names each (the debrief shows them first). Derived from the turns, so a
// saved drill needs nothing new to carry them.
import type { CriticalError, TurnRecord } from '../session/types.ts';
import type { Scenario, Text } from '../scenario/schema.ts';

/** The most a drill with a critical error can score overall. */
export const CRITICAL_CAP = 50;

export function criticalErrors(scenario: Scenario, turns: readonly TurnRecord[]): CriticalError[] {
  const out: CriticalError[] = [];
  for (const turn of turns) {
    if (turn.response.kind !== 'choice') continue;
    const answer = scenario.beats[turn.beatId]?.answers?.[turn.response.answerIndex];
    if (!answer?.critical) continue;
    const reason: Text = answer.critical_reason ?? answer.feedback ?? answer.text;
    out.push({ beatId: turn.beatId, answerIndex: turn.response.answerIndex, at: turn.answeredAt, reason });
  }
  return out;
}
