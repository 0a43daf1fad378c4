// A live drill's facilitator skips the open question (issue 12): for the trainee it did not happen.
//
// - The question is closed with a turn `{ kind: 'skipped' }` and no moments; nothing is scored,
//   on_timeout's flags are not set, no rumour is rebutted, and the escalation that asked for the
//   beat (if any) is answered. The drill then goes where silence would have led (silence.ts,
//   `silenceNext`; compile.ts routes it through the beat's `silent` state), because that is the
//   route the author wrote for "the spokesperson said nothing here".
// - Skipping neither rewards nor punishes: the skipped beat's own range (beatRange.ts) is taken out
//   of each skill's bounds, so a trainee who answered every other question at its best still
//   reaches 100, and one who answered every other at its worst still gets 0.
//
// The adjustment is an approximation, like the bounds themselves (scenario/scoreBounds.ts): the
// bounds are the best and worst totals over every route, and the skipped beat's best and worst are
// subtracted whether or not the best route passed through it. It is exact on a route where every
// beat is asked once (the bounds' best route being the one taken); where the skipped beat was the
// only way to rebut a rumour, the rumour's points stay in the bounds (the rumour belongs to the
// drill, not to the question), so the trainee may lose them. A bound never ends inverted: the
// highest is kept at least the lowest.
import type { SkillBounds } from '../scenario/checked.ts';
import type { TurnRecord } from '../session/types.ts';
import type { SkillId } from '../skills.ts';
import { beatRange } from './beatRange.ts';
import type { DrillContext } from './drillContext.ts';
import { closeTurn } from './respond.ts';
import type { DrillRules } from './rules.ts';

/** Which question a skip is meant for: a skip that arrives after that question closed does nothing. */
export interface SkipTarget {
  beatId: string;
  askedAt: number;
}

export function canSkip(ctx: DrillContext, target: SkipTarget): boolean {
  return ctx.ending === null && ctx.beat !== null && ctx.beat.id === target.beatId && ctx.beat.askedAt === target.askedAt;
}

/** The open question closed as skipped: a turn with no moments, nothing else changed. */
export function skipQuestion(rules: DrillRules, ctx: DrillContext): DrillContext {
  if (ctx.beat === null) return ctx;
  return closeTurn(rules, ctx, { response: { kind: 'skipped' }, moments: [], note: { code: 'skipped' } });
}

export function isSkipped(turn: Pick<TurnRecord, 'response'>): boolean {
  return turn.response.kind === 'skipped';
}

/** Each skill's bounds with every skipped question's range taken out (see the header). */
export function boundsAfterSkips(rules: Pick<DrillRules, 'skills' | 'bounds' | 'beats'>, turns: readonly TurnRecord[]): Partial<Record<SkillId, SkillBounds>> {
  const skipped = turns.filter(isSkipped);
  if (skipped.length === 0) return rules.bounds;
  const out: Partial<Record<SkillId, SkillBounds>> = { ...rules.bounds };
  const ranges = skipped.flatMap((t) => {
    const beat = rules.beats.get(t.beatId);
    return beat ? [beatRange(rules.skills, beat)] : [];
  });
  for (const skill of rules.skills) {
    let min = rules.bounds[skill]?.min ?? 0;
    let max = rules.bounds[skill]?.max ?? 0;
    for (const range of ranges) {
      min -= range[skill]?.min ?? 0;
      max -= range[skill]?.max ?? 0;
    }
    out[skill] = { min, max: Math.max(min, max) };
  }
  return out;
}
