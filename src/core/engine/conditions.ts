// Conditions (`if` of a branch, `when` of an ending) are data, evaluated by walking the tree:
// there is no expression string, no eval and no Function constructor on this path.
//
// `time: {after: N}` holds from second N on (elapsed >= N) and `time: {before: N}` until just
// before it (elapsed < N), so the two are exact complements.
import type { Condition, RumourState } from '../scenario/schema.ts';

/** What a condition may look at, read lazily so that unused parts cost nothing. */
export interface ConditionFacts {
  hasFlag(name: string): boolean;
  /** Raw points on a skill (0 when nothing scored it yet). */
  raw(skill: string): number;
  /** The overall 0–100 score. */
  overall(): number;
  rumourState(id: string): RumourState;
  visited(beatId: string): boolean;
  /** Drill seconds since the start. */
  elapsed(): number;
}

export function evaluateCondition(condition: Condition, facts: ConditionFacts): boolean {
  if ('flag' in condition) return facts.hasFlag(condition.flag);
  if ('visited' in condition) return facts.visited(condition.visited);
  if ('rumour' in condition) return facts.rumourState(condition.rumour.id) === condition.rumour.is;
  if ('time' in condition) {
    const t = condition.time;
    return 'after' in t ? facts.elapsed() >= t.after : facts.elapsed() < t.before;
  }
  if ('score' in condition) {
    const s = condition.score;
    if ('total_at_least' in s) return facts.overall() >= s.total_at_least;
    if ('at_least' in s) return facts.raw(s.skill) >= s.at_least;
    return facts.raw(s.skill) < s.below;
  }
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts));
  return !evaluateCondition(condition.not, facts);
}
