// What the trainee is told about a typed answer the question left behind unsent: why it went
// (time ran out, the facilitator skipped the question or ended the conference, the conference's time
// was up) and that it was neither scored nor kept in the drill's record (no log entry holds a draft),
// with the words they typed, so nothing typed disappears silently.
import type { SessionView } from '../core/session/types.ts';

export type UnsentReason = 'timeUp' | 'skipped' | 'facilitatorEnded' | 'ended' | 'durationEnded';

/** Why the question `beatId` closed before its typed answer was sent; `live`: a live drill's projector. */
export function unsentReason(view: Pick<SessionView, 'turns' | 'ending'> | null, beatId: string, live: boolean): UnsentReason {
  const turn = [...(view?.turns ?? [])].reverse().find((t) => t.beatId === beatId);
  if (turn?.response.kind === 'skipped') return 'skipped';
  if (turn?.response.kind !== 'ended') return 'timeUp';
  if (view?.ending?.reason === 'duration') return 'durationEnded';
  // Outside a live drill only the trainee can end the conference early.
  return live ? 'facilitatorEnded' : 'ended';
}

/** The pressRoom locale key of the message for an unsent answer. */
export function unsentMessageKey(reason: UnsentReason): string {
  return reason === 'timeUp' ? 'pressRoom:answerBox.unsent' : `pressRoom:answerBox.unsentWhy.${reason}`;
}
