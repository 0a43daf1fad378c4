// Silence is a failure the seminars name ("miễn bình luận", not timely): it must never cost less
// than a careless answer. One rule, used by the engine (a timeout, a conference ended with
// questions unanswered) and by the checker (score bounds, the graph, the Mermaid diagram):
//
// - Where silence leads: on_timeout's `next`, else the first answer's, else the free text's (the
//   first response of the first kind the beat offers, core/answers/registry.ts).
// - What silence scores: on_timeout's effects (none authored: −1 timeliness), except that on
//   timeliness and transparency, where assessed, it scores at least 1 below the beat's worst
//   response on that skill (the lowest answer's effect, or the most a typed answer can lose).
//   A beat whose answers never touch transparency still costs 1 transparency point when silent.
import { ANSWER_KINDS } from '../answers/registry.ts';
import type { Beat, Effects, Next } from '../scenario/schema.ts';

/** Silence on a beat without on_timeout costs this much timeliness (before the rule below). */
const DEFAULT_TIMEOUT_TIMELINESS = -1;

/** The skills on which silence always costs more than the worst answer. */
export const SILENCE_SKILLS = ['timeliness', 'transparency'] as const;

/** Where silence (a timeout) leads: on_timeout's `next`, else the first response's (kinds in registry order). */
export function silenceNext(beat: Beat): Next {
  if (beat.on_timeout) return beat.on_timeout.next;
  for (const kind of ANSWER_KINDS) {
    const first = kind.responses(beat)[0];
    if (first) return first.next;
  }
  return 'end';
}

/** The lowest points any response of the beat can give on `skill` (0 if none touches it). */
export function worstResponse(beat: Beat, skill: string): number {
  let worst = 0;
  for (const kind of ANSWER_KINDS) for (const response of kind.responses(beat)) worst = Math.min(worst, response.low[skill] ?? 0);
  return worst;
}

/** What silence on the beat scores, per skill (unassessed skills are dropped later, as for any effect). */
export function silenceEffects(beat: Beat): Effects {
  const effects: Effects = beat.on_timeout ? { ...beat.on_timeout.effects } : { timeliness: DEFAULT_TIMEOUT_TIMELINESS };
  for (const skill of SILENCE_SKILLS) effects[skill] = Math.min(effects[skill] ?? 0, worstResponse(beat, skill) - 1);
  return effects;
}

/** True when the engine scores silence lower than the author's on_timeout says (checker warning). */
export function silenceLowered(beat: Beat, skill: (typeof SILENCE_SKILLS)[number]): { authored: number; scored: number } | null {
  if (!beat.on_timeout) return null;
  const authored = beat.on_timeout.effects[skill] ?? 0;
  const scored = silenceEffects(beat)[skill]!;
  return scored < authored ? { authored, scored } : null;
}
